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

/** Open the card of one event (by id). */
export async function openEvent(eventId) {
  const node = card();
  node.hidden = false;
  replace(node, el("p", {}, "Loading…"));
  try {
    const { event, sources } = await api(`/api/events/${encodeURIComponent(eventId)}`);
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
        row("Id", event.id))),
      el("h3", {}, "Evidence"),
      el("blockquote", { class: "evidence" }, event.evidence || "(no evidence sentence)"),
      el("h3", {}, "Sources"),
      el("ul", { class: "sources" }, sources.map((source) => el("li", {},
        el("a", { href: `#/reports/${encodeURIComponent(source.id)}`, class: "open-report" }, source.title || source.id),
        source.source ? ` — ${source.source}` : "",
        source.published ? ` (${source.published})` : ""))));
  } catch (error) {
    replace(node, el("p", { class: "error" }, error.message));
  }
}

/** Ask the page to open an event's card (used by the map, table, reader and actor page). */
export function requestEvent(eventId) {
  document.dispatchEvent(new CustomEvent("sitrep:open-event", { detail: eventId }));
}
