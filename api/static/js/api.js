// The HTTP API, and what its refusals mean to a person.

const KEY_STORAGE = "minegraph.readKey";

export class ApiError extends Error {}           // the API said no (404, 422, 503...): told to the user
export class Unauthorized extends ApiError {}

// Where a refusal of the API is expected and harmless: that answer instead; any other error goes on.
export function apiOnly(error, instead = null) {
  if (error instanceof ApiError) return instead;
  throw error;
}

export const q = (params) => new URLSearchParams(Object.entries(params).flatMap(([k, v]) =>
  (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])).filter(([, v]) => v !== "" && v != null)).toString();
export const enc = encodeURIComponent;

export const readKey = () => sessionStorage.getItem(KEY_STORAGE);
export const setReadKey = (key) => sessionStorage.setItem(KEY_STORAGE, key);

// A sentence for each refusal: FastAPI's 422 lists become "field: message", the rest say what to do.
export function explain(status, body, path) {
  const detail = body && body.detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail) && detail.length) {
    return detail.map((d) => `${(d.loc || []).filter((l) => !["query", "path", "body"].includes(l)).join(".") || "request"}: ${d.msg}`).join("; ");
  }
  if (status === 404) return "Not found: it may have been merged or removed.";
  if (status === 413) return "The request is too large.";
  if (status === 503) return "The graph database is unreachable; try again in a few seconds.";
  if (status >= 500) return "The server failed to answer; its log has the details.";
  return `The server refused the request (${status}).`;
}

export async function api(path) {
  const headers = { Accept: "application/json" };
  const key = readKey();
  if (key) headers["X-API-Key"] = key;
  let response;
  try {
    response = await fetch(path, { headers });
  } catch {
    throw new ApiError("The server cannot be reached: is `minegraph serve` running?");
  }
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) throw new Unauthorized(typeof body.detail === "string" ? body.detail : "reads need a key");
  if (!response.ok) throw new ApiError(explain(response.status, body, path));
  return body;
}
