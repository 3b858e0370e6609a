// The map page: country and region outlines from the packaged Natural Earth TopoJSON, the workspace's located
// events as dots coloured by PLOVER quad class, filtered here by category, actor and dates.
const QUAD_COLOURS = {
  verbal_cooperation: '#7fb3e0', material_cooperation: '#2f6fb0',
  verbal_conflict: '#f2a48f', material_conflict: '#c0392b',
};

const frame = document.getElementById('map');
const count = document.getElementById('map-count');
const form = document.getElementById('map-filters');

// No tile server: the outlines are the only base layer, so the page works offline.
const map = L.map(frame, { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([30, 30], 3);
map.attributionControl.addAttribution('Outlines: Natural Earth · Places: GeoNames (CC BY 4.0)');
const dots = L.layerGroup().addTo(map);
let events = [];

function text(value) {
  const span = document.createElement('span');
  span.textContent = value == null ? '' : String(value);
  return span;
}

// The popup is built from DOM nodes, never from HTML strings: article text stays text.
function popup(p) {
  const box = document.createElement('div');
  box.className = 'map-popup';
  const head = document.createElement('strong');
  head.append(text(p.category + (p.status !== 'reported' ? ' (' + p.status + ')' : '')));
  box.append(head, document.createElement('br'));
  box.append(text((p.source.join(', ') || '?') + ' \u2192 ' + (p.target.join(', ') || '?')), document.createElement('br'));
  box.append(text((p.date || 'undated') + ' · ' + (p.place || p.place_name) + ' (' + p.place_name
      + (p.region && p.region !== p.place_name ? ', ' + p.region : '') + ', ' + p.country + ')'));
  const quote = document.createElement('blockquote');
  quote.append(text(p.sentence || p.trigger));
  const link = document.createElement('a');
  link.href = '/articles/' + encodeURIComponent(p.article_id) + '#s' + p.sentence_index;
  link.className = 'map-source';
  link.append(text(p.article_title || p.article_source || 'the article'));
  box.append(quote, link);
  return box;
}

function day(p) {
  return p.date ? p.date : (p.published || null);
}

function keep(p, filters) {
  if (filters.category && p.category !== filters.category) return false;
  if (!filters.all && p.status !== 'reported') return false;
  if (filters.actor) {
    const wanted = filters.actor.toLowerCase();
    const sides = p.source.concat(p.target, p.source_ids, p.target_ids).map(s => s.toLowerCase());
    if (!sides.some(s => s.includes(wanted))) return false;
  }
  const when = day(p);
  // A partial date ("2021-08") can fall in the range if any of its days does.
  if (filters.from && (!when || (when + '-99').slice(0, 10) < filters.from)) return false;
  if (filters.to && (!when || when.slice(0, 10) > filters.to)) return false;
  return true;
}

function draw() {
  const data = new FormData(form);
  const filters = {
    category: data.get('category'), actor: (data.get('actor') || '').trim(),
    from: data.get('from'), to: data.get('to'), all: data.get('all') === 'on',
  };
  dots.clearLayers();
  let shown = 0;
  for (const feature of events) {
    const p = feature.properties;
    if (!keep(p, filters)) continue;
    const [lon, lat] = feature.geometry.coordinates;
    const colour = QUAD_COLOURS[p.quad_class] || '#555';
    const town = p.precision === 'town';
    L.circleMarker([lat, lon], {
      radius: town ? 6 : 10, color: colour, weight: 2, fillColor: colour, fillOpacity: town ? 0.75 : 0,
      className: 'event-dot event-' + p.category.toLowerCase(),
    }).bindPopup(() => popup(p)).addTo(dots);
    shown++;
  }
  count.textContent = shown + (shown === 1 ? ' event' : ' events') + ' on the map, of ' + events.length + ' located';
  count.dataset.shown = String(shown);
}

// The first-level regions (governorates, provinces) of each country that has located events,
// drawn over the countries and under the dots; a country without packaged outlines keeps its own.
async function drawRegions(countries) {
  let drawn = 0;
  for (const country of countries) {
    const response = await fetch('/api/map/regions/' + encodeURIComponent(country));
    if (!response.ok) continue;
    const topology = await response.json();
    const regions = Object.values(topology.objects)[0];
    L.geoJSON(topojson.feature(topology, regions), {
      style: { color: '#a7adb6', weight: 0.7, dashArray: '3 3', fill: false, className: 'region-outline' },
      interactive: false,
    }).addTo(map);
    drawn += regions.geometries.length;
  }
  frame.dataset.regions = String(drawn);
}

async function load() {
  const [outlines, located] = await Promise.all([
    fetch('/static/vendor/countries-50m.json').then(r => r.json()),
    fetch('/api/map/events').then(r => r.json()),
  ]);
  L.geoJSON(topojson.feature(outlines, outlines.objects.countries), {
    style: { color: '#8a8f98', weight: 0.6, fillColor: '#eef0f3', fillOpacity: 1 }, interactive: false,
  }).addTo(map);
  events = located.features;
  await drawRegions(new Set(events.map(f => f.properties.country).filter(Boolean)));
  draw();
  if (events.length) {
    map.fitBounds(L.latLngBounds(events.map(f => [f.geometry.coordinates[1], f.geometry.coordinates[0]])).pad(0.3));
  }
  frame.dataset.ready = 'true';
}

form.addEventListener('input', draw);
form.addEventListener('change', draw); // a select may report only its change
form.addEventListener('submit', event => event.preventDefault());
load().catch(error => {
  count.textContent = 'The map could not be drawn: ' + error.message;
});
