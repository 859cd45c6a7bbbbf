// Territorial control: who holds which places on a chosen date, when the server computes it.
import { api, query } from "./api.js";
import { el, replace } from "./dom.js";

async function load(date) {
  const result = document.getElementById("control-result");
  try {
    const answer = await api(`/api/control${query({ date })}`);
    const holdings = answer.places || [];
    replace(result, holdings.length
      ? el("table", { class: "grid" },
        el("thead", {}, el("tr", {}, el("th", {}, "Place"), el("th", {}, "Held by"), el("th", {}, "Since"))),
        el("tbody", {}, holdings.map((p) => el("tr", {}, el("td", {}, p.place), el("td", {}, p.holder || "contested"),
          el("td", {}, p.since || "")))))
      : el("p", { class: "muted" }, "No control known on this date."));
  } catch (error) {
    replace(result, el("p", { class: error.status === 501 ? "muted unavailable" : "error" }, error.message));
  }
}

export function initControl() {
  const input = document.getElementById("control-date");
  input.addEventListener("change", () => load(input.value));
  load("");
}
