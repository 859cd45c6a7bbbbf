// The event card: what happened, the sentence that says so, and the reports it comes from.
import { api } from "./api.js";
import { el, replace, sidesText, typeDot } from "./dom.js";

const card = () => document.getElementById("event-card");

function row(label, value) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) {
    return null;
  }
  return el("tr", {}, el("th", {}, label), el("td", {}, Array.isArray(value) ? value.join("; ") : value));
}

/** A link to an outside report, only for http(s) URLs: a report's URL is untrusted text. */
function safeLink(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  } catch {
    return null;
  }
  return el("a", { href: url, class: "source-url", target: "_blank", rel: "noopener noreferrer" }, url);
}

/** One report behind the event: its title (opens the reader), outlet, date, URL and copy link. */
function sourceItem(source) {
  return el("li", {},
    el("a", { href: `#/reports/${encodeURIComponent(source.id)}`, class: "open-report" }, source.title || source.id),
    source.source ? ` — ${source.source}` : "",
    source.published ? ` (${source.published})` : "",
    source.url ? [" ", safeLink(source.url) || source.url] : "",
    source.duplicate_of ? el("span", { class: "duplicate" }, ` near-copy of ${source.duplicate_of}`) : "");
}

/** How many reports tell the incident, how many independently, and when it was first and last reported. */
function incidentSummary(incident) {
  const copies = incident.source_count - incident.independent_source_count;
  const span = [incident.first_reported, incident.last_reported].filter(Boolean);
  const when = span.length ? `, reported ${span[0]}${span[1] && span[1] !== span[0] ? ` to ${span[1]}` : ""}` : "";
  return el("p", { class: "incident", dataset: { sourceCount: String(incident.source_count) } },
    `${incident.source_count} report${incident.source_count === 1 ? "" : "s"}`,
    copies > 0 ? ` (${copies} near-cop${copies === 1 ? "y" : "ies"})` : "", when);
}

/** The values the reports disagree on: the one kept, and each report's (named by its title). */
function conflictTable(conflicts, sources) {
  if (!conflicts || !conflicts.length) return null;
  const titles = Object.fromEntries(sources.map((source) => [source.id, source.title || source.id]));
  const said = (v) => `${v.value} (${titles[v.document_id] || v.document_id})`;
  return [
    el("h3", {}, "Reports disagree"),
    el("table", { class: "conflicts" }, el("tbody", {}, conflicts.map((conflict) => el("tr", {},
      el("th", {}, conflict.field),
      el("td", {}, `kept ${conflict.kept}: `, conflict.values.map(said).join("; ")))))),
  ];
}

/** Open the card of one event (by id). */
export async function openEvent(eventId) {
  const node = card();
  node.hidden = false;
  replace(node, el("p", {}, "Loading…"));
  try {
    const { event, incident, sources } = await api(`/api/events/${encodeURIComponent(eventId)}`);
    const close = el("button", { class: "close", type: "button", title: "Close", onclick: () => { node.hidden = true; } }, "×");
    const place = [event.location, event.admin1, event.country].filter(Boolean).join(", ");
    replace(node,
      close,
      el("h2", {}, typeDot(event.event_type), ` ${event.sub_event_type}`),
      el("p", { class: "sides" }, sidesText(event)),
      el("table", { class: "facts" }, el("tbody", {},
        row("Date", event.date || "unknown"),
        row("Place", place || "unknown"),
        row("Event type", event.event_type),
        row("Allies of actor 1", event.assoc_actor1),
        row("Allies of actor 2", event.assoc_actor2),
        row("Fatalities", event.fatalities),
        row("Confidence", event.confidence),
        row("Notes", event.notes),
        row("Id", event.id),
        incident.id !== event.id ? row("Incident", incident.id) : null)),
      el("h3", {}, "Evidence"),
      el("blockquote", { class: "evidence" }, event.evidence || "(no evidence sentence)"),
      el("h3", {}, "Sources"),
      incidentSummary(incident),
      el("ul", { class: "sources" }, sources.map(sourceItem)),
      conflictTable(incident.conflicts, sources));
  } catch (error) {
    replace(node, el("p", { class: "error" }, error.message));
  }
}

/** Ask the page to open an event's card (used by the map, table, reader and actor page). */
export function requestEvent(eventId) {
  document.dispatchEvent(new CustomEvent("sitrep:open-event", { detail: eventId }));
}
