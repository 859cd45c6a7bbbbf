// Actors: search, and an actor's page with its aliases, events and counterparts as a small
// network graph (opponents in red, allies in green, line width by shared events).
import { api, query } from "./api.js";
import { el, replace, sidesText, svg, typeDot } from "./dom.js";
import { requestEvent } from "./card.js";

const GRAPH_SIZE = 340;
/** The graph shows the counterparts with the most shared events. */
const GRAPH_MAX_NODES = 12;
const RELATION_COLOURS = { opponent: "#c0392b", ally: "#27ae60" };

async function search(text) {
  const list = document.getElementById("actor-list");
  try {
    const actors = await api(`/api/actors${query({ q: text, limit: 100 })}`);
    replace(list, actors.map((a) => el("li", {},
      el("a", { href: `#/actors/${encodeURIComponent(a.name)}` }, a.name),
      el("small", {}, ` ${a.events} events${a.country ? ` · ${a.country}` : ""}`))));
  } catch (error) {
    replace(list, el("li", { class: "error" }, error.message));
  }
}

function graph(actor) {
  const nodes = actor.counterparts.slice(0, GRAPH_MAX_NODES);
  const centre = GRAPH_SIZE / 2;
  const radius = GRAPH_SIZE / 2 - 60;
  const picture = svg("svg", { width: GRAPH_SIZE, height: GRAPH_SIZE, class: "network" });
  const most = Math.max(1, ...nodes.map((n) => n.events));
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, nodes.length) - Math.PI / 2;
    const x = centre + radius * Math.cos(angle);
    const y = centre + radius * Math.sin(angle);
    picture.appendChild(svg("line", { x1: centre, y1: centre, x2: x, y2: y, stroke: RELATION_COLOURS[node.relation],
      "stroke-width": 1 + (4 * node.events) / most, opacity: 0.7 }));
    const link = svg("a", { href: `#/actors/${encodeURIComponent(node.name)}` },
      svg("circle", { cx: x, cy: y, r: 7, fill: RELATION_COLOURS[node.relation] }),
      svg("text", { x, y: y + 20, "text-anchor": "middle", class: "node-label" }, node.name),
      svg("title", {}, `${node.name}: ${node.relation}, ${node.events} events`));
    picture.appendChild(link);
  });
  picture.appendChild(svg("circle", { cx: centre, cy: centre, r: 11, fill: "#2c3e50" }));
  picture.appendChild(svg("text", { x: centre, y: centre - 16, "text-anchor": "middle", class: "node-label centre" }, actor.name));
  return picture;
}

/** Show the actor list, and one actor's page when a name is given. */
export async function openActor(name) {
  const box = document.getElementById("actor-search");
  await search(box.value);
  const page = document.getElementById("actor-page");
  if (!name) {
    replace(page, el("p", { class: "muted" }, "Choose an actor."));
    return;
  }
  try {
    const actor = await api(`/api/actors/${encodeURIComponent(name)}`);
    replace(page,
      el("h2", { class: "actor-name" }, actor.name),
      el("p", { class: "muted" }, [actor.country, actor.kind, actor.known ? null : "not in the actor ontology"]
        .filter(Boolean).join(" · ")),
      actor.description ? el("p", {}, actor.description) : null,
      actor.aliases.length ? el("p", {}, el("strong", {}, "Aliases: "), actor.aliases.join("; ")) : null,
      actor.parent ? el("p", {}, el("strong", {}, "Part of: "), actor.parent) : null,
      actor.allies.length ? el("p", {}, el("strong", {}, "Allies: "), actor.allies.join("; ")) : null,
      el("h3", {}, "Counterparts"),
      actor.counterparts.length ? graph(actor) : el("p", { class: "muted" }, "No counterparts in the stored events."),
      el("h3", {}, `${actor.events.length} events`),
      el("ul", { class: "actor-events" }, actor.events.map((e) => el("li", {},
        el("button", { type: "button", class: "linklike", onclick: () => requestEvent(e.id) },
          typeDot(e.event_type), ` ${e.date || "undated"} ${e.sub_event_type}: ${sidesText(e)}`,
          e.location ? ` at ${e.location}` : "")))));
  } catch (error) {
    replace(page, el("p", { class: "error" }, error.message));
  }
}

export function initActors() {
  const box = document.getElementById("actor-search");
  let timer = null;
  box.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(box.value), 200);
  });
}
