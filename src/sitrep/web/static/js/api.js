// Calls to sitrep's JSON API. Every error answer is {"error": {"code", "message"}}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The query string of a filter object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** GET (or send) JSON, raising ApiError with the server's message on an error answer. */
export async function api(path, options = {}) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body && body.error) || { code: "error", message: response.statusText };
    throw new ApiError(response.status, error.code, error.message);
  }
  return body;
}
