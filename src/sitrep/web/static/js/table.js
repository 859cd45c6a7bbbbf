// The events table: the filtered incidents (one row per fused incident, with how many reports tell
// it), sortable by clicking a column, a page at a time.
import { api, query } from "./api.js";
import { el, replace, sidesText, typeDot } from "./dom.js";
import { filter, onFilter } from "./state.js";
import { requestEvent } from "./card.js";

const PAGE_SIZE = 50;
// Columns: label, how to show an event, and the server's sort key (null: not sortable).
const COLUMNS = [
  ["Date", (e) => e.date || "", "date"],
  ["Type", (e) => [typeDot(e.event_type), ` ${e.sub_event_type}`], "event_type"],
  ["Actors", (e) => sidesText(e), null],
  ["Location", (e) => e.location || "", null],
  ["Country", (e) => e.country || "", "country"],
  ["Dead", (e) => (e.fatalities === null ? "" : String(e.fatalities)), "fatalities"],
  ["Confidence", (e) => e.confidence.toFixed(2), "confidence"],
  ["Sources", (e) => String(e.source_count), null],
];

let sort = "-date";
let offset = 0;
// Each load's number: an answer to an older request (filters changed since) is dropped, so a
// slow unfiltered listing never overwrites the filtered one.
let generation = 0;

function header(table) {
  replace(table.tHead, el("tr", {}, COLUMNS.map(([label, , key]) => {
    if (!key) return el("th", {}, label);
    const arrow = sort === key ? " ▲" : sort === `-${key}` ? " ▼" : "";
    return el("th", { class: "sortable", dataset: { sort: key }, onclick: () => {
      sort = sort === `-${key}` ? key : `-${key}`;
      offset = 0;
      load(table);
    } }, label + arrow);
  })));
}

async function load(table) {
  header(table);
  const pager = document.getElementById("events-pager");
  const mine = ++generation;
  try {
    const page = await api(`/api/events${query({ ...filter, sort, limit: PAGE_SIZE, offset })}`);
    if (mine !== generation) return;
    replace(table.tBodies[0], page.items.map((event) => el("tr", {
      class: "event-row", dataset: { id: event.id, sourceCount: String(event.source_count) }, onclick: () => requestEvent(event.id),
    }, COLUMNS.map(([, show]) => el("td", {}, show(event))))));
    document.getElementById("match-count").textContent = page.total === 1 ? "1 incident matches" : `${page.total} incidents match`;
    const end = Math.min(offset + PAGE_SIZE, page.total);
    replace(pager,
      el("button", { type: "button", disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - PAGE_SIZE); load(table); } }, "‹ Previous"),
      ` ${page.total ? offset + 1 : 0}–${end} of ${page.total} `,
      el("button", { type: "button", disabled: end >= page.total, onclick: () => { offset += PAGE_SIZE; load(table); } }, "Next ›"));
  } catch (error) {
    if (mine !== generation) return;
    replace(table.tBodies[0], el("tr", {}, el("td", { colspan: COLUMNS.length, class: "error" }, error.message)));
    document.getElementById("match-count").textContent = "";
    replace(pager);
  }
}

export function initTable() {
  const table = document.getElementById("events-table");
  onFilter(() => { offset = 0; load(table); });
}
