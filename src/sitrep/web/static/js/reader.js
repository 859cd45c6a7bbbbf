// The report reader: a report's text with actors, places, dates, numbers and event evidence
// highlighted, built from character offsets into DOM nodes (the text is never parsed as HTML).
import { api, query } from "./api.js";
import { el, replace, sidesText, typeDot } from "./dom.js";
import { requestEvent } from "./card.js";

const KIND_LABELS = { actor: "Actor", place: "Place", date: "Date", number: "Number", evidence: "Event evidence" };

/** Split the text at every span boundary and wrap each piece in the spans that cover it. */
export function highlight(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) { cuts.add(span.start); cuts.add(span.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const piece = text.slice(start, end);
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    if (!covering.length) { nodes.push(document.createTextNode(piece)); continue; }
    // Evidence is the outer mark; a mention inside it is marked within.
    let node = document.createTextNode(piece);
    const ordered = covering.sort((a, b) => (a.kind === "evidence") - (b.kind === "evidence"));
    for (const span of ordered) {
      const title = span.label ? `${KIND_LABELS[span.kind]}: ${span.label}` : KIND_LABELS[span.kind];
      const mark = el("mark", { class: `ent ent-${span.kind}`, title, dataset: { kind: span.kind } }, node);
      if (span.kind === "evidence" && span.label) {
        mark.dataset.event = span.label;
        mark.addEventListener("click", () => requestEvent(span.label));
      }
      node = mark;
    }
    nodes.push(node);
  }
  return nodes;
}

function legend() {
  return el("p", { class: "legend-inline" }, Object.entries(KIND_LABELS).map(([kind, label]) =>
    el("mark", { class: `ent ent-${kind}` }, label)));
}

async function loadList() {
  const list = document.getElementById("report-list");
  try {
    const page = await api(`/api/documents${query({ limit: 500 })}`);
    replace(list, page.items.map((d) => el("li", {},
      el("a", { href: `#/reports/${encodeURIComponent(d.id)}`, dataset: { id: d.id } }, d.title || d.id),
      el("small", {}, [d.source, d.published].filter(Boolean).join(" · ")))));
  } catch (error) {
    replace(list, el("li", { class: "error" }, error.message));
  }
}

/** Show the list of reports, and one report when an id is given. */
export async function openReport(documentId) {
  await loadList();
  const reader = document.getElementById("report-reader");
  if (!documentId) {
    replace(reader, el("p", { class: "muted" }, "Choose a report."));
    return;
  }
  replace(reader, el("p", {}, "Reading the report…"));
  try {
    const [doc, notes] = await Promise.all([
      api(`/api/documents/${encodeURIComponent(documentId)}`),
      api(`/api/documents/${encodeURIComponent(documentId)}/annotations`),
    ]);
    const body = el("div", { class: "report-text" }, highlight(notes.text, notes.spans));
    replace(reader,
      el("h2", { class: "report-title" }, doc.title || doc.id),
      el("p", { class: "muted" }, [doc.source, doc.published, doc.url].filter(Boolean).join(" · ")),
      legend(),
      body,
      el("h3", {}, `${doc.events.length} events coded from this report`),
      el("ul", { class: "report-events" }, doc.events.map((e) => el("li", {},
        el("button", { type: "button", class: "linklike", onclick: () => requestEvent(e.id) },
          typeDot(e.event_type), ` ${e.sub_event_type}: ${sidesText(e)}`, e.location ? ` at ${e.location}` : "")))));
  } catch (error) {
    replace(reader, el("p", { class: "error" }, error.message));
  }
}

export function initReports() {}
