/* eventwire dashboard: vanilla JavaScript and SVG, no libraries, nothing fetched from outside.
 *
 * Every piece of stored text (article text, titles, actor names, sentences) is put in the page
 * with textContent or createTextNode, never as markup. Pages are chosen by the URL's hash:
 *   #/                         overview        #/dyad?a=RUS&b=UKR&by=month   dyad explorer
 *   #/network                  actor network   #/map                         event locations
 *   #/article/ID?event=GID     an article with the sentence of one event highlighted
 *   #/event/GID                an event: opens its article at its sentence
 */
"use strict";

const SVG_NS = "http://www.w3.org/2000/svg";
const QUADS = [
  { key: "verbal_coop", label: "verbal cooperation", color: "#74b816" },
  { key: "material_coop", label: "material cooperation", color: "#2b8a3e" },
  { key: "verbal_conflict", label: "verbal conflict", color: "#e67700" },
  { key: "material_conflict", label: "material conflict", color: "#c92a2a" },
];

// ------------------------------------------------------------------ DOM helpers

/** An element with attributes and children; strings become text nodes (never markup). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An SVG tooltip: the <title> child, as text. */
function tip(text) { return svg("title", {}, text); }

function fmt(value, digits = 2) {
  if (value === null || value === undefined) return "";
  return typeof value === "number" && !Number.isInteger(value) ? value.toFixed(digits) : String(value);
}

function sqlDate(d) {
  if (!d) return "";
  const s = String(d);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

// ------------------------------------------------------------------ data

function readFilters() {
  const conf = document.getElementById("min-confidence").value;
  const modal = document.getElementById("include-modal").checked;
  return { min_confidence: conf === "" ? "0.15" : conf, include_modal: modal ? "true" : "false" };
}

async function getJSON(path, params = {}) {
  const query = new URLSearchParams({ ...readFilters(), ...params });
  const res = await fetch(`${path}?${query}`, { headers: { Accept: "application/json" } });
  const body = await res.json().catch(() => ({ error: { message: `HTTP ${res.status}` } }));
  if (!res.ok) throw new Error(body.error ? body.error.message : `HTTP ${res.status}`);
  return body;
}

function eventLink(e, label = "sentence") {
  return el("a", { href: `#/article/${encodeURIComponent(e.DocId)}?event=${encodeURIComponent(e.GLOBALEVENTID)}`,
                   class: "event-link", "data-event": e.GLOBALEVENTID }, label);
}

/** An actor's code, or — for an actor no dictionary knows (no code) — its words, in grey. */
function actorCell(e, n) {
  const code = e[`Actor${n}Code`], words = e[`Actor${n}Text`];
  return el("td", { title: e[`Actor${n}Name`] || words },
            code || (words ? el("span", { class: "muted" }, words) : ""));
}

function eventsTable(events, { selected } = {}) {
  if (!events.length) return el("p", { class: "muted" }, "No events.");
  const head = el("tr", {}, ["date", "source", "event", "target", "PLOVER", "Goldstein", "confidence", "words", ""]
    .map((h) => el("th", { class: ["Goldstein", "confidence"].includes(h) ? "num" : null }, h)));
  const rows = events.map((e) => el("tr", { class: e.GLOBALEVENTID === selected ? "selected" : null,
                                            "data-event": e.GLOBALEVENTID },
    el("td", {}, sqlDate(e.SQLDATE)),
    actorCell(e, 1),
    el("td", { class: `quad${e.QuadClass}` }, e.EventCode, e.Mode ? el("span", { class: "muted" }, ` (${e.Mode})`) : null),
    actorCell(e, 2),
    el("td", {}, e.PloverType),
    el("td", { class: "num" }, fmt(e.GoldsteinScale, 1)),
    el("td", { class: "num" }, fmt(e.Confidence)),
    el("td", {}, e.EventText),
    el("td", {}, eventLink(e))));
  return el("table", { class: "events" }, el("thead", {}, head), el("tbody", {}, rows));
}

function table(rows, columns, linkOf) {
  if (!rows.length) return el("p", { class: "muted" }, "Nothing to show.");
  const head = el("tr", {}, columns.map(([key, label]) => el("th", {}, label || key)));
  const body = rows.map((r) => el("tr", {}, columns.map(([key], i) => {
    const text = fmt(r[key]);
    return el("td", {}, i === 0 && linkOf ? el("a", { href: linkOf(r) }, text) : text);
  })));
  return el("table", {}, el("thead", {}, head), el("tbody", {}, body));
}

// ------------------------------------------------------------------ charts (SVG)

/** Stacked bars per period (series: [{key, label, color}]) with an optional line on its own scale. */
function barChart(rows, series, { line, lineLabel, width = 760, height = 240 } = {}) {
  const pad = { l: 40, r: line ? 44 : 12, t: 10, b: 40 };
  const w = width - pad.l - pad.r, h = height - pad.t - pad.b;
  const total = (r) => series.reduce((s, x) => s + (r[x.key] || 0), 0);
  const max = Math.max(1, ...rows.map(total));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", class: "chart" });
  chart.append(svg("line", { x1: pad.l, x2: pad.l + w, y1: pad.t + h, y2: pad.t + h, class: "axis" }));
  for (const frac of [0, 0.5, 1]) {
    const y = pad.t + h - frac * h;
    chart.append(svg("line", { x1: pad.l, x2: pad.l + w, y1: y, y2: y, class: "axis", "stroke-dasharray": "2 3" }),
                 svg("text", { x: pad.l - 6, y: y + 4, "text-anchor": "end" }, fmt(frac * max, 1)));
  }
  const step = w / Math.max(rows.length, 1), bar = Math.max(2, Math.min(40, step * 0.7));
  rows.forEach((r, i) => {
    const x = pad.l + i * step + (step - bar) / 2;
    let y = pad.t + h;
    for (const s of series) {
      const v = r[s.key] || 0, bh = (v / max) * h;
      if (v) {
        y -= bh;
        chart.append(svg("rect", { x, y, width: bar, height: bh, fill: s.color, class: `bar ${s.key}` },
                         tip(`${r.period}: ${v} ${s.label}`)));
      }
    }
    if (rows.length <= 16 || i % Math.ceil(rows.length / 12) === 0) {
      chart.append(svg("text", { x: x + bar / 2, y: pad.t + h + 14, "text-anchor": "middle" }, r.period));
    }
  });
  if (line) {
    const vals = rows.map((r) => r[line]).filter((v) => v !== null && v !== undefined);
    const lo = Math.min(-10, ...vals), hi = Math.max(10, ...vals);
    const yOf = (v) => pad.t + h - ((v - lo) / (hi - lo)) * h;
    const pts = rows.map((r, i) => (r[line] === null || r[line] === undefined) ? null
      : [pad.l + i * step + step / 2, yOf(r[line])]).filter(Boolean);
    chart.append(svg("line", { x1: pad.l, x2: pad.l + w, y1: yOf(0), y2: yOf(0), stroke: "#1864ab",
                               "stroke-dasharray": "4 3", "stroke-width": 0.6 }));
    if (pts.length > 1) {
      chart.append(svg("polyline", { points: pts.map((p) => p.join(",")).join(" "), fill: "none",
                                     stroke: "#1864ab", "stroke-width": 2, class: "line" }));
    }
    pts.forEach((p, i) => chart.append(svg("circle", { cx: p[0], cy: p[1], r: 3.5, fill: "#1864ab", class: "point" },
                                           tip(`${lineLabel}: ${fmt(vals[i])}`))));
    for (const v of [lo, 0, hi]) {
      chart.append(svg("text", { x: pad.l + w + 6, y: yOf(v) + 4, fill: "#1864ab" }, v));
    }
  }
  return chart;
}

function legend(items) {
  return el("div", { class: "legend" }, items.map((s) => {
    const item = el("span", {}, s.label);
    item.style.setProperty("--swatch", s.color);
    return item;
  }));
}

// ------------------------------------------------------------------ pages

async function overview(view) {
  const [summary, activity, actors, latest] = await Promise.all([
    getJSON("/api/summary"), getJSON("/api/activity", { by: "month" }), getJSON("/api/top-actors", { n: 15 }),
    getJSON("/api/events", { limit: 25 })]);
  const articlesBy = Object.fromEntries(activity.articles.map((a) => [a.period, a.articles]));
  const periods = [...new Set([...activity.events.map((r) => r.period), ...Object.keys(articlesBy)])].sort();
  const eventsBy = Object.fromEntries(activity.events.map((r) => [r.period, r]));
  const rows = periods.map((p) => ({ period: p, cooperation: 0, conflict: 0, ...(eventsBy[p] || {}),
                                     articles: articlesBy[p] || 0 }));
  const parts = [{ key: "cooperation", label: "cooperation (QuadClass 1–2)", color: "#2b8a3e" },
                 { key: "conflict", label: "conflict (QuadClass 3–4)", color: "#c92a2a" }];
  view.append(
    el("h1", {}, "Overview"),
    el("div", { class: "cards" },
       [["articles", summary.articles], ["events shown", summary.events], ["events stored", summary.events_stored],
        ["rejected inputs", summary.rejected]].map(([what, n]) =>
         el("div", { class: "card", id: `card-${what.replace(/ /g, "-")}` }, el("div", { class: "n" }, n),
            el("div", { class: "what" }, what)))),
    el("div", { class: "panel" }, el("h2", {}, "Events per month: cooperation vs conflict; articles per month"),
       legend([...parts, { label: "articles (table below)", color: "#adb5bd" }]),
       barChart(rows, parts),
       table(rows, [["period", "month"], ["articles"], ["events"], ["cooperation"], ["conflict"],
                    ["goldstein_mean", "mean Goldstein"]])),
    el("div", { class: "grid2" },
       el("div", { class: "panel" }, el("h2", {}, "Top actors"),
          table(actors.actors, [["actor"], ["events"], ["as_source", "as source"], ["as_target", "as target"]],
                (r) => `#/dyad?a=${encodeURIComponent(r.actor)}`)),
       el("div", { class: "panel" }, el("h2", {}, "Events by type"),
          table(summary.by_type, [["root", "CAMEO root"], ["plover", "PLOVER"], ["events"]]))),
    el("div", { class: "panel" }, el("h2", {}, `A page of events (${latest.events.length}; newest first)`),
       eventsTable(latest.events.sort((x, y) => (y.SQLDATE || 0) - (x.SQLDATE || 0)))));
}

async function dyad(view, params) {
  const actors = (await getJSON("/api/top-actors", { n: 200 })).actors.map((a) => a.actor);
  const a = (params.get("a") || actors[0] || "").toUpperCase();
  const b = (params.get("b") || actors.find((x) => x !== a) || "").toUpperCase();
  const by = params.get("by") || "month";
  const select = (id, value, options) => el("select", { id }, [...new Set([value, ...options])].filter(Boolean)
    .map((o) => el("option", { value: o, selected: o === value }, o)));
  const form = el("form", { class: "picker", id: "dyad-picker" },
    el("label", {}, "source actor", select("actor1", a, actors)),
    el("label", {}, "target actor", select("actor2", b, actors)),
    el("label", {}, "by", select("by", by, ["day", "week", "month", "year"])),
    el("button", { type: "submit", id: "dyad-show" }, "Show"),
    el("button", { type: "button", id: "dyad-swap" }, "⇄ swap"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams({ a: form.actor1.value, b: form.actor2.value, by: form.by.value });
    location.hash = `#/dyad?${q}`;
  });
  form.querySelector("#dyad-swap").addEventListener("click", () => {
    location.hash = `#/dyad?${new URLSearchParams({ a: b, b: a, by })}`;
  });
  view.append(el("h1", {}, "Dyad explorer"), form);
  if (!a || !b) return;
  const [series, events] = await Promise.all([
    getJSON("/api/dyad", { actor1: a, actor2: b, by }),
    getJSON("/api/events", { source: a, target: b, limit: 500 })]);
  events.events.sort((x, y) => (y.SQLDATE || 0) - (x.SQLDATE || 0));
  view.append(
    el("div", { class: "panel", id: "dyad-series" },
       el("h2", {}, `${a} → ${b}: events by QuadClass and mean Goldstein scale per ${by}`),
       legend([...QUADS, { label: "mean Goldstein (right scale)", color: "#1864ab" }]),
       series.series.length ? barChart(series.series, QUADS, { line: "goldstein_mean", lineLabel: "mean Goldstein" })
                            : el("p", { class: "muted" }, "No dated events for this dyad."),
       table(series.series, [["period"], ["events"], ["mentions"], ["verbal_coop", "verbal coop."],
                             ["material_coop", "material coop."], ["verbal_conflict", "verbal conflict"],
                             ["material_conflict", "material conflict"], ["goldstein_sum", "Goldstein sum"],
                             ["goldstein_mean", "mean"], ["goldstein_weighted", "mention-weighted"]])),
    el("div", { class: "panel", id: "dyad-events" }, el("h2", {}, `Events ${a} → ${b}`),
       eventsTable(events.events)));
}

async function network(view, params) {
  const level = params.get("level") || "code";
  const edges = (await getJSON("/api/network", { level })).edges;
  const weight = {};
  for (const e of edges) {
    weight[e.source] = (weight[e.source] || 0) + e.events;
    weight[e.target] = (weight[e.target] || 0) + e.events;
  }
  const nodes = Object.keys(weight).sort((x, y) => weight[y] - weight[x]).slice(0, 30);
  const keep = new Set(nodes);
  const size = 620, c = size / 2, radius = size / 2 - 70;
  const at = Object.fromEntries(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n, [c + radius * Math.cos(angle), c + radius * Math.sin(angle), angle]];
  }));
  const maxEvents = Math.max(1, ...edges.map((e) => e.events));
  const radiusOf = (n) => 4 + 10 * Math.sqrt(weight[n] / weight[nodes[0]]);
  const chart = svg("svg", { viewBox: `0 0 ${size} ${size}`, width: "100%", role: "img", id: "network-chart" },
    svg("defs", {}, ["coop", "conflict"].map((k) => svg("marker", {
      id: `arrow-${k}`, viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, orient: "auto",
      markerUnits: "userSpaceOnUse" },
      svg("path", { d: "M0,0 L10,5 L0,10 z", fill: k === "coop" ? "#2b8a3e" : "#c92a2a" })))));
  for (const e of edges.filter((x) => keep.has(x.source) && keep.has(x.target) && x.source !== x.target)) {
    const [x1, y1] = at[e.source], [tx, ty] = at[e.target];
    const qx = c + (x1 + tx - 2 * c) * 0.15, qy = c + (y1 + ty - 2 * c) * 0.15;   // the curve's control point
    const d = Math.hypot(tx - qx, ty - qy) || 1, back = radiusOf(e.target) + 2;   // stop at the node's rim
    const [x2, y2] = [tx - ((tx - qx) / d) * back, ty - ((ty - qy) / d) * back];
    const kind = e.conflict > e.cooperation ? "conflict" : "coop";
    const link = svg("a", { href: `#/dyad?${new URLSearchParams({ a: e.source, b: e.target })}` },
      svg("path", { d: `M${x1},${y1} Q${qx},${qy} ${x2},${y2}`,
                    fill: "none", stroke: kind === "coop" ? "#2b8a3e" : "#c92a2a", "stroke-opacity": 0.7,
                    "stroke-width": 1 + 5 * (e.events / maxEvents), "marker-end": `url(#arrow-${kind})`,
                    class: `edge ${kind}` },
          tip(`${e.source} → ${e.target}: ${e.events} events (${e.cooperation} cooperative, ${e.conflict} conflictual)`)));
    chart.append(link);
  }
  for (const n of nodes) {
    const [x, y, angle] = at[n];
    const r = radiusOf(n);
    const lx = c + (radius + 18) * Math.cos(angle), ly = c + (radius + 18) * Math.sin(angle);
    chart.append(svg("circle", { cx: x, cy: y, r, fill: "#1864ab", class: "node" }, tip(`${n}: ${weight[n]} events`)),
                 svg("text", { x: lx, y: ly + 4, "text-anchor": Math.cos(angle) > 0.2 ? "start"
                               : Math.cos(angle) < -0.2 ? "end" : "middle" }, n));
  }
  const toggle = el("a", { href: `#/network?level=${level === "code" ? "country" : "code"}` },
                    level === "code" ? "group by country" : "show full actor codes");
  view.append(el("h1", {}, "Actor network"),
    el("p", { class: "muted" }, `Directed edges between the ${nodes.length} most active actors; width: events; `,
       "green: mostly cooperation, red: mostly conflict. Click an edge for its dyad. ", toggle),
    el("div", { class: "panel" }, chart),
    el("div", { class: "panel" }, el("h2", {}, "Edges"),
       table(edges, [["source"], ["target"], ["events"], ["mentions"], ["cooperation"], ["conflict"],
                     ["goldstein_mean", "mean Goldstein"]],
             (r) => `#/dyad?${new URLSearchParams({ a: r.source, b: r.target })}`)));
}

let worldOutline = null;

/** The land outline shipped with the dashboard (Natural Earth 1:110m; see world-land.LICENSE.txt). */
async function landPath() {
  if (worldOutline === null) {
    const res = await fetch("/static/world-land.json");
    worldOutline = res.ok ? (await res.json()).path : "";
  }
  return worldOutline;
}

async function map(view) {
  const [places, land] = [(await getJSON("/api/locations")).locations, await landPath()];
  const width = 900, height = 450;
  const x = (lon) => ((lon + 180) / 360) * width, y = (lat) => ((90 - lat) / 180) * height;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", id: "map-chart" },
    svg("rect", { x: 0, y: 0, width, height, fill: "#e7f5ff" }),
    land ? svg("path", { d: land, fill: "#f1f3f5", stroke: "#ced4da", "stroke-width": 0.2, class: "land",
                         transform: `scale(${width / 360} ${height / 180})` }) : null);
  for (let lon = -180; lon <= 180; lon += 30) {
    chart.append(svg("line", { x1: x(lon), x2: x(lon), y1: 0, y2: height, stroke: "#a5d8ff", "stroke-width": 0.5,
                               "stroke-opacity": 0.6 }));
  }
  for (let lat = -90; lat <= 90; lat += 30) {
    chart.append(svg("line", { x1: 0, x2: width, y1: y(lat), y2: y(lat), stroke: "#a5d8ff", "stroke-width": lat ? 0.6 : 1.2 }),
                 svg("text", { x: 4, y: y(lat) - 2, fill: "#74c0fc" }, `${lat}°`));
  }
  const max = Math.max(1, ...places.map((p) => p.events));
  for (const p of places) {
    const conflictShare = p.events ? p.conflict / p.events : 0;
    chart.append(svg("circle", { cx: x(p.lon), cy: y(p.lat), r: 3 + 12 * Math.sqrt(p.events / max),
                                 fill: conflictShare > 0.5 ? "#c92a2a" : "#2b8a3e", "fill-opacity": 0.7,
                                 stroke: "#fff", class: "place" },
                     tip(`${p.place} (${p.country}): ${p.events} events, ${p.conflict} conflictual`)),
                 svg("text", { x: x(p.lon) + 6, y: y(p.lat) - 6 }, p.place));
  }
  view.append(el("h1", {}, "Where events happen"),
    el("p", { class: "muted" }, "Event locations (ActionGeo) on a latitude/longitude grid; ",
       "circle area: events; red: mostly conflict. Land: Natural Earth."),
    el("div", { class: "panel" }, chart),
    el("div", { class: "panel" }, table(places, [["place"], ["country"], ["lat"], ["lon"], ["events"],
                                                ["conflict"], ["goldstein_mean", "mean Goldstein"]])));
}

/** Split [start, end) ranges of the text into segments carrying the classes of the ranges covering them. */
function segments(text, ranges) {
  const cuts = new Set([0, text.length]);
  for (const r of ranges) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((p, q) => p - q);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [s, e] = [points[i], points[i + 1]];
    const classes = ranges.filter((r) => r.start <= s && e <= r.end).map((r) => r.cls);
    out.push({ text: text.slice(s, e), classes });
  }
  return out;
}

/** Where an event's words are in the article: its sentence, its actors (offsets), its trigger words. */
function highlights(text, e) {
  const ranges = [{ start: e.SentenceStart, end: e.SentenceEnd, cls: "sentence" }];
  const inSentence = (s, t) => s !== null && t !== null && s >= e.SentenceStart && t <= e.SentenceEnd && s < t;
  const taken = [];
  for (const [n, cls] of [[1, "actor1"], [2, "actor2"]]) {
    const s = e[`actor${n}_start`], t = e[`actor${n}_end`];
    if (inSentence(s, t)) { ranges.push({ start: s, end: t, cls }); taken.push([s, t]); }
  }
  const sentence = text.slice(e.SentenceStart, e.SentenceEnd).toLowerCase();
  let from = 0;
  for (const word of String(e.EventText || "").toLowerCase().split(/\s+/).filter(Boolean)) {
    let at = sentence.indexOf(word, from);
    while (at >= 0 && taken.some(([s, t]) => e.SentenceStart + at < t && e.SentenceStart + at + word.length > s)) {
      at = sentence.indexOf(word, at + 1);
    }
    if (at < 0) at = sentence.indexOf(word);
    if (at >= 0) {
      ranges.push({ start: e.SentenceStart + at, end: e.SentenceStart + at + word.length, cls: "trigger" });
      from = at + word.length;
    }
  }
  return ranges;
}

async function article(view, params, id) {
  const a = await getJSON(`/api/articles/${encodeURIComponent(id)}`);
  const selected = params.get("event") || (a.events[0] && a.events[0].GLOBALEVENTID);
  const event = a.events.find((e) => e.GLOBALEVENTID === selected);
  const text = el("div", { class: "article-text", id: "article-text" });
  const ranges = event ? highlights(a.text, event) : [];
  for (const seg of segments(a.text, ranges)) {
    text.append(seg.classes.length ? el("span", { class: seg.classes.join(" ") }, seg.text)
                                   : document.createTextNode(seg.text));
  }
  const meta = [a.date, a.source, a.lang, a.coder_version ? `coded by ${a.coder_version}` : ""].filter(Boolean);
  view.append(
    el("h1", { id: "article-title" }, a.title || a.id),
    el("p", { class: "muted" }, meta.join(" · "), " ",
       a.url && /^https?:\/\//i.test(a.url) ? el("a", { href: a.url, rel: "noopener noreferrer" }, "source") : null),
    event ? el("div", { class: "panel", id: "event-detail" },
      el("h2", {}, `${event.Actor1Code || "?"} ${event.EventCode} ${event.Actor2Code || ""} — ${event.PloverType}`),
      el("p", { class: "keys" }, el("span", { class: "sentence" }, "sentence"),
         el("span", { class: "actor1" }, `source: ${event.Actor1Text || "—"}`),
         el("span", { class: "actor2" }, `target: ${event.Actor2Text || "—"}`),
         el("span", { class: "trigger" }, `trigger: ${event.EventText}`)),
      el("p", { class: "muted" }, `Goldstein ${fmt(event.GoldsteinScale, 1)} · QuadClass ${event.QuadClass} · `,
         `confidence ${fmt(event.Confidence)}${event.Mode ? ` · ${event.Mode}` : ""} · rule ${event.Rule || "—"}`))
      : el("p", { class: "muted" }, "This article has no events passing the filters."),
    text,
    el("div", { class: "panel" }, el("h2", {}, "Events in this article"), eventsTable(a.events, { selected })));
}

async function eventPage(view, params, id) {
  const e = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  location.replace(`#/article/${encodeURIComponent(e.article.id)}?event=${encodeURIComponent(e.GLOBALEVENTID)}`);
}

// ------------------------------------------------------------------ routing

const PAGES = { "": overview, dyad, network, map, article, event: eventPage };

async function route() {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  const [page, ...rest] = path.split("/");
  const params = new URLSearchParams(query || "");
  const view = document.getElementById("view");
  const render = PAGES[page] || overview;
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.page === (page || "overview")));
  view.replaceChildren(el("p", { class: "muted" }, "Loading…"));
  const fresh = el("div", { id: `page-${page || "overview"}` });
  try {
    await render(fresh, params, decodeURIComponent(rest.join("/")));
    view.replaceChildren(fresh);
    const mark = fresh.querySelector(".article-text .sentence");
    if (mark) mark.scrollIntoView({ block: "center" });
  } catch (err) {
    view.replaceChildren(el("p", { class: "error", id: "error" }, `Could not load this page: ${err.message}`));
  }
  document.body.dataset.ready = location.hash || "#/";
}

window.addEventListener("hashchange", route);
document.getElementById("filters").addEventListener("change", route);
document.getElementById("filters").addEventListener("submit", (ev) => { ev.preventDefault(); route(); });
route();
