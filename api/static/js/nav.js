// Navigation between views, shared by every module without importing the page's wiring.
import { ApiError, Unauthorized } from "./api.js";
import { el, panel, status } from "./dom.js";

let navigator = () => {};
export const setNavigator = (fn) => { navigator = fn; };
export const go = (id, view) => navigator(id, view);

let askKey = () => {};
export const setKeyPrompt = (fn) => { askKey = fn; };

// Every failure is told in the panel in a sentence; programming errors still reach the console.
export function failed(error) {
  if (error instanceof Unauthorized) return askKey(error.message);
  if (error instanceof ApiError) {
    status(error.message);
    panel(el("p", { class: "problem", role: "alert" }, error.message));
    return;
  }
  throw error;
}
