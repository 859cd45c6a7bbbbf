// The map: an offline basemap of country shapes (world-atlas), one marker per fused incident (as
// /api/events lists them), clustered and coloured by event type; a click opens the event card.
import { api, query } from "./api.js";
import { el, sidesText, TYPE_COLOURS } from "./dom.js";
import { filter, onFilter, setFilter } from "./state.js";
import { requestEvent } from "./card.js";

/** The most incidents the map shows at once. */
const MAP_EVENT_LIMIT = 5000;
const BASEMAP_URL = "/static/vendor/world-atlas/countries-50m.json";

let map = null;
let cluster = null;
let fitted = false;

function markerIcon(type) {
  const dot = document.createElement("span");
  dot.className = "marker-dot";
  dot.style.background = TYPE_COLOURS[type] || "#555";
  return L.divIcon({ html: dot, className: "marker", iconSize: [14, 14] });
}

function clusterIcon(group) {
  // A cluster takes the colour of the type most of its events have.
  const counts = {};
  for (const marker of group.getAllChildMarkers()) {
    counts[marker.options.eventType] = (counts[marker.options.eventType] || 0) + 1;
  }
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const bubble = document.createElement("span");
  bubble.className = "cluster-bubble";
  bubble.style.background = TYPE_COLOURS[top] || "#555";
  bubble.textContent = String(group.getChildCount());
  return L.divIcon({ html: bubble, className: "cluster", iconSize: [34, 34] });
}

async function drawBasemap() {
  const world = await fetch(BASEMAP_URL).then((r) => r.json());
  const countries = topojson.feature(world, world.objects.countries);
  L.geoJSON(countries, {
    style: { color: "#9aa5b1", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
}

function legend() {
  const control = L.control({ position: "bottomleft" });
  control.onAdd = () => el("div", { class: "legend" }, Object.entries(TYPE_COLOURS).map(([type, colour]) => {
    const dot = el("span", { class: "dot" });
    dot.style.background = colour;
    return el("div", {}, dot, ` ${type}`);
  }));
  control.addTo(map);
}

/** "1 report", "3 reports". */
function reportsText(count) {
  return `${count} report${count === 1 ? "" : "s"}`;
}

// Each load's number: an older request's late answer must not replace the current markers.
let generation = 0;

async function loadEvents() {
  const { bbox, ...rest } = filter;  // the map shows its whole world; bbox narrows the other views
  const mine = ++generation;
  const page = await api(`/api/events${query({ ...rest, limit: MAP_EVENT_LIMIT })}`);
  if (mine !== generation) return;
  cluster.clearLayers();
  const markers = [];
  for (const event of page.items) {
    if (event.latitude === null || event.longitude === null) continue;
    const marker = L.marker([event.latitude, event.longitude], {
      icon: markerIcon(event.event_type), eventType: event.event_type,
      title: `${event.sub_event_type}: ${sidesText(event)} (${reportsText(event.source_count)})`,
    });
    marker.on("click", () => requestEvent(event.id));
    markers.push(marker);
  }
  cluster.addLayers(markers);
  if (markers.length && !fitted) {
    map.fitBounds(cluster.getBounds(), { maxZoom: 7, padding: [30, 30] });
    fitted = true;
  }
  const mapNode = document.getElementById("map");
  mapNode.dataset.markers = String(markers.length);
  // Reports behind the markers, for a glance (and a test) at how much fusion merged.
  mapNode.dataset.reports = String(page.items.filter((e) => e.latitude !== null && e.longitude !== null)
    .reduce((sum, e) => sum + e.source_count, 0));
}

function boundsFilter() {
  const b = map.getBounds();
  const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
  return [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180), clamp(b.getNorth(), 90)]
    .map((v) => v.toFixed(4)).join(",");
}

export function initMap() {
  map = L.map("map", { worldCopyJump: false, minZoom: 2, maxZoom: 12 }).setView([30, 30], 3);
  map.attributionControl.addAttribution("Natural Earth via world-atlas");
  cluster = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: 40 });
  map.addLayer(cluster);
  legend();
  drawBasemap();
  const bboxBox = document.getElementById("map-bbox");
  bboxBox.addEventListener("change", () => setFilter({ bbox: bboxBox.checked ? boundsFilter() : "" }));
  map.on("moveend", () => { if (bboxBox.checked) setFilter({ bbox: boundsFilter() }); });
  let last = "";
  onFilter(() => {
    const { bbox, ...rest } = filter;
    const key = JSON.stringify(rest);
    if (key !== last) { last = key; loadEvents(); }
  });
}

/** Called when the map view becomes visible: Leaflet must measure its container again. */
export function showMap() {
  if (map) setTimeout(() => map.invalidateSize(), 0);
}
