// Ingest a report (pasted text, a URL or a file) with the bearer token, then show its events.
import { api } from "./api.js";
import { el, replace, sidesText, typeDot } from "./dom.js";
import { requestEvent } from "./card.js";

async function send(form) {
  const token = form.elements.token.value.trim();
  const headers = { Authorization: `Bearer ${token}` };
  const file = form.elements.file.files[0];
  if (file) {
    const body = new FormData();
    body.append("file", file);
    return api("/api/ingest/file", { method: "POST", headers, body });
  }
  const report = {
    text: form.elements.text.value.trim() || null,
    title: form.elements.title.value.trim() || null,
    url: form.elements.url.value.trim() || null,
    published: form.elements.published.value || null,
  };
  return api("/api/ingest", { method: "POST", headers: { ...headers, "Content-Type": "application/json" },
    body: JSON.stringify(report) });
}

export function initIngest(onIngested) {
  const form = document.getElementById("ingest-form");
  const result = document.getElementById("ingest-result");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    replace(result, el("p", {}, "Ingesting and extracting…"));
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const answer = await send(form);
      replace(result,
        el("p", { class: "ok" }, `Report ${answer.document_id} ${answer.added}: ${answer.events.length} events.`),
        el("p", {}, el("a", { href: `#/reports/${encodeURIComponent(answer.document_id)}` }, "Read it with highlights")),
        el("ul", { class: "ingested-events" }, answer.events.map((e) => el("li", {},
          el("button", { type: "button", class: "linklike", onclick: () => requestEvent(e.id) },
            typeDot(e.event_type), ` ${e.sub_event_type}: ${sidesText(e)}`, e.location ? ` at ${e.location}` : "")))));
      onIngested();
    } catch (error) {
      replace(result, el("p", { class: "error" }, `${error.status}: ${error.message}`));
    } finally {
      button.disabled = false;
    }
  });
}
