// The timeline: events per day (or week, or month, for long spans) as an SVG histogram.
// Dragging across it sets the date filter; a double click clears it.
import { api, query } from "./api.js";
import { el, replace, svg } from "./dom.js";
import { filter, filterWithoutDates, onFilter, setFilter } from "./state.js";

const HEIGHT = 70;
const MARGIN = 18;
/** A lone day must not fill the whole chart. */
const MAX_BAR_PX = 40;
const DAY_MS = 86400000;
/** Spans longer than these many days are binned by week, then by month, to keep bars visible. */
const WEEK_BINS_AFTER_DAYS = 120;
const MONTH_BINS_AFTER_DAYS = 1100;

const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const toIso = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function binsOf(timeline) {
  const days = timeline.bins.map((b) => ({ day: toDay(b.date), count: b.count }));
  const first = days[0].day;
  const last = days[days.length - 1].day;
  const span = last - first + 1;
  const width = span > MONTH_BINS_AFTER_DAYS ? 30 : span > WEEK_BINS_AFTER_DAYS ? 7 : 1;
  const counts = new Map();
  for (const { day, count } of days) {
    const start = first + Math.floor((day - first) / width) * width;
    counts.set(start, (counts.get(start) || 0) + count);
  }
  return { first, last: last + 1, width, counts };
}

function draw(node, timeline) {
  if (!timeline.bins.length) {
    replace(node, el("p", { class: "muted" }, timeline.undated
      ? `${timeline.undated} matching events have no date` : "No dated events match"));
    return;
  }
  const { first, last, width, counts } = binsOf(timeline);
  const total = node.clientWidth || 800;
  const scale = (day) => MARGIN + ((day - first) / Math.max(1, last - first)) * (total - 2 * MARGIN);
  const maximum = Math.max(...counts.values());
  const chart = svg("svg", { width: total, height: HEIGHT, class: "histogram" });
  const since = filter.since ? toDay(filter.since) : null;
  const until = filter.until ? toDay(filter.until) + 1 : null;
  for (const [start, count] of counts) {
    const x = scale(start);
    const w = Math.min(MAX_BAR_PX, Math.max(2, scale(start + width) - x - 1));
    const h = Math.max(2, (count / maximum) * (HEIGHT - 22));
    const chosen = (since === null || start + width > since) && (until === null || start < until);
    chart.appendChild(svg("rect", { x, y: HEIGHT - 16 - h, width: w, height: h, class: chosen ? "bar" : "bar out" },
      svg("title", {}, `${toIso(start)}: ${count}`)));
  }
  chart.appendChild(svg("text", { x: MARGIN, y: HEIGHT - 3, class: "axis" }, toIso(first)));
  chart.appendChild(svg("text", { x: total - MARGIN, y: HEIGHT - 3, class: "axis", "text-anchor": "end" }, toIso(last - 1)));
  const brush = svg("rect", { y: 0, height: HEIGHT - 16, class: "brush", width: 0, x: 0 });
  chart.appendChild(brush);
  let from = null;
  const dayAt = (event) => {
    const x = event.clientX - chart.getBoundingClientRect().left;
    return first + ((x - MARGIN) / (total - 2 * MARGIN)) * (last - first);
  };
  chart.addEventListener("mousedown", (event) => { from = dayAt(event); });
  chart.addEventListener("mousemove", (event) => {
    if (from === null) return;
    const a = scale(Math.min(from, dayAt(event)));
    const b = scale(Math.max(from, dayAt(event)));
    brush.setAttribute("x", a);
    brush.setAttribute("width", Math.max(0, b - a));
  });
  chart.addEventListener("mouseup", (event) => {
    if (from === null) return;
    const a = Math.max(first, Math.floor(Math.min(from, dayAt(event))));
    const b = Math.min(last - 1, Math.floor(Math.max(from, dayAt(event))));
    from = null;
    if (b >= a) setFilter({ since: toIso(a), until: toIso(b) });
  });
  chart.addEventListener("dblclick", () => setFilter({ since: "", until: "" }));
  const note = timeline.undated ? el("span", { class: "muted" }, `+ ${timeline.undated} undated`) : null;
  replace(node, chart, note);
}

export function initTimeline() {
  const node = document.getElementById("timeline");
  onFilter(async () => {
    try {
      draw(node, await api(`/api/events/timeline${query(filterWithoutDates())}`));
    } catch (error) {
      replace(node, el("p", { class: "error" }, error.message));
    }
  });
}
