/** A refusal the emulator answers with `{ error_code, error_msg }`; never a crash. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

// Huawei documents every Cloud Connect rule violation as HTTP 400; the 404/409 codes are the spec's own.
export const invalidParameter = (message: string) => new ApiError(400, 'CC.1001', message);
export const notFound = (message: string) => new ApiError(404, 'CC.1404', message);
