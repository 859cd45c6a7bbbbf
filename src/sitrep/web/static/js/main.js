// The UI's entry point: the filter form, the views and the hash routes between them.
import { api } from "./api.js";
import { el, replace } from "./dom.js";
import { filter, onFilter, setFilter } from "./state.js";
import { initMap, showMap } from "./map.js";
import { initTimeline } from "./timeline.js";
import { initTable } from "./table.js";
import { initReports, openReport } from "./reader.js";
import { initActors, openActor } from "./actors.js";
import { initControl } from "./control.js";
import { initIngest } from "./ingest.js";
import { openEvent } from "./card.js";

const EVENT_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
  "Riots", "Strategic developments"];
const VIEWS = ["map", "events", "reports", "actors", "control", "ingest"];

function initFilterForm() {
  const form = document.getElementById("filters");
  const typeSelect = form.elements.type;
  for (const type of EVENT_TYPES) typeSelect.appendChild(el("option", { value: type }, type));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = {};
    for (const key of ["actor", "type", "country", "text", "since", "until"]) {
      values[key] = form.elements[key].value.trim();
    }
    setFilter(values);
  });
  document.getElementById("clear-filters").addEventListener("click", () => {
    form.reset();
    setFilter({ actor: "", type: "", country: "", text: "", since: "", until: "", bbox: "" });
  });
  // The timeline brush changes the dates: keep the form in step.
  onFilter((current) => {
    form.elements.since.value = current.since || "";
    form.elements.until.value = current.until || "";
  });
}

function route() {
  const [, view = "map", ...rest] = window.location.hash.split("/");
  const name = VIEWS.includes(view) ? view : "map";
  const argument = rest.length ? decodeURIComponent(rest.join("/")) : "";
  for (const other of VIEWS) document.getElementById(`view-${other}`).hidden = other !== name;
  for (const link of document.querySelectorAll("#nav a[data-view]")) {
    link.classList.toggle("active", link.dataset.view === name);
  }
  const filtered = name === "map" || name === "events";
  document.getElementById("filters").hidden = !filtered;
  document.getElementById("timeline").hidden = !filtered;
  if (name === "map") showMap();
  if (name === "reports") openReport(argument);
  if (name === "actors") openActor(argument);
}

async function showStatus() {
  const status = document.getElementById("status");
  try {
    const health = await api("/api/health");
    replace(status, `${health.documents} reports · ${health.events} events`);
  } catch (error) {
    replace(status, `API unavailable: ${error.message}`);
  }
}

function start() {
  initFilterForm();
  initMap();
  initTimeline();
  initTable();
  initReports();
  initActors();
  initControl();
  initIngest(() => { showStatus(); setFilter({}); });
  window.addEventListener("hashchange", route);
  document.addEventListener("sitrep:open-event", (event) => openEvent(event.detail));
  route();
  showStatus();
  setFilter({ ...filter });
}

start();
