// The report's script: lists the ideas from the data inlined in the page (a page at a time, so
// that a report of 100,000 contributions stays usable), filters them by place and by search,
// and makes the map answer hover, focus, clicks and keys. It reads nothing but the page.
(function () {
  'use strict';
  var PAGE = 100;
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var T = data.text;
  var ideas = data.ideas;
  var list = document.getElementById('ideas-list');
  var count = document.getElementById('ideas-count');
  var more = document.getElementById('more-ideas');
  var search = document.getElementById('search');
  var select = document.getElementById('place-select');
  var status = document.getElementById('filter-status');
  var statusLabel = document.getElementById('filter-label');
  var tooltip = document.getElementById('map-tooltip');
  var state = { place: '', query: '', shown: PAGE };
  var index = null;

  function fmt(text, n, m) {
    return text.replace('{n}', String(n)).replace('{m}', String(m));
  }
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Search: the index is built in chunks once the page is shown (or at the first keystroke),
  // so that opening the page does not wait for it and typing never freezes a large report.
  var ready = false;
  var indexing = null;
  function buildIndex() {
    if (indexing) return indexing;
    index = new MiniSearch({
      fields: ['t', 'w', 'r', 'k', 's'],
      processTerm: function (term) {
        var folded = fold(term);
        return folded.length > 1 ? folded : null;
      },
      searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { t: 2 } },
    });
    var documents = ideas.map(function (idea, i) {
      // Each file and other wording once: an idea of one contribution has its own words as its text.
      var words = [];
      idea.s.forEach(function (s) {
        var file = data.files[s[0]];
        if (words.indexOf(file) < 0) words.push(file);
        if (s[2] && s[2] !== idea.t && words.indexOf(s[2]) < 0) words.push(s[2]);
      });
      return { id: i, t: idea.t, w: idea.w, r: idea.r || '', k: idea.k || '', s: words.join(' ') };
    });
    indexing = index.addAllAsync(documents, { chunkSize: 2000 }).then(function () {
      ready = true;
      if (state.query.trim()) render();
    });
    return indexing;
  }

  function matching() {
    var found = null;
    if (state.query.trim()) {
      if (!ready) return null;
      found = new Set(index.search(state.query).map(function (r) { return r.id; }));
    }
    var out = [];
    for (var i = 0; i < ideas.length; i++) {
      if (found && !found.has(i)) continue;
      if (state.place && ideas[i].p.indexOf(state.place) < 0) continue;
      out.push(i);
    }
    return out;
  }

  function sourceItem(source) {
    var item = el('li');
    var where = data.files[source[0]] + ', ' + T.line + ' ' + source[1];
    var link = data.links[source[0]];
    var cite = el('cite');
    if (link) {
      var a = el('a', '', where);
      a.href = link;
      cite.appendChild(a);
    } else cite.textContent = where;
    item.appendChild(cite);
    if (source[2]) item.appendChild(document.createTextNode(T.colon + T.quoteOpen + source[2] + T.quoteClose));
    return item;
  }

  function ideaItem(idea) {
    var item = el('li', 'idea');
    item.appendChild(el('p', 'idea-text', idea.t));
    item.appendChild(el('p', 'idea-who', idea.w));
    if (idea.r) item.appendChild(el('p', 'idea-parent', T.partOf + T.colon + T.quoteOpen + idea.r + T.quoteClose));
    var details = el('details', 'idea-sources');
    details.appendChild(el('summary', '', idea.s.length > 1 ? fmt(T.sourcesMany, idea.s.length) : T.sourcesOne));
    // The sources are built when opened: most readers open a few.
    details.addEventListener('toggle', function once() {
      if (!details.open || details.childElementCount > 1) return;
      var sources = el('ol');
      idea.s.forEach(function (s) { sources.appendChild(sourceItem(s)); });
      details.appendChild(sources);
    });
    item.appendChild(details);
    return item;
  }

  function render() {
    var found = matching();
    if (!found) {
      count.textContent = T.indexing;
      buildIndex();
      return;
    }
    var shown = found.slice(0, state.shown);
    var fragment = document.createDocumentFragment();
    var axis = -2;
    var group = -1;
    var ul = null;
    var byAxis = data.axes.length > 0;
    shown.forEach(function (i) {
      var idea = ideas[i];
      if (idea.g !== group) {
        group = idea.g;
        var g = data.groups[group];
        if (byAxis && g[0] !== axis) {
          axis = g[0];
          fragment.appendChild(el('h3', 'axis', data.axes[axis]));
        }
        fragment.appendChild(el(byAxis ? 'h4' : 'h3', 'kind', g[1]));
        ul = fragment.appendChild(el('ul', 'ideas'));
      }
      ul.appendChild(ideaItem(idea));
    });
    list.replaceChildren(fragment);
    count.textContent = !found.length ? T.none : shown.length < found.length ? fmt(T.countPaged, shown.length, found.length) : found.length === 1 ? T.countOne : fmt(T.countMany, found.length);
    var left = found.length - shown.length;
    more.hidden = left <= 0;
    if (left > 0) more.textContent = fmt(T.more, left);
  }

  function setPlace(key) {
    state.place = key || '';
    state.shown = PAGE;
    select.value = state.place;
    status.hidden = !state.place;
    statusLabel.textContent = state.place ? fmt(T.filteredBy, data.places[state.place] || state.place) : '';
    document.querySelectorAll('#map-svg .dep').forEach(function (path) {
      var on = state.place === 'd:' + path.getAttribute('data-code');
      path.classList.toggle('selected', on);
      if (path.hasAttribute('aria-pressed')) path.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    render();
  }

  // The map: hover and focus show the counts, a click or Enter/Space filters the ideas.
  function show(path, event) {
    tooltip.textContent = path.getAttribute('aria-label');
    tooltip.hidden = false;
    var box = tooltip.parentElement.getBoundingClientRect();
    var at = event && event.clientX !== undefined ? { x: event.clientX, y: event.clientY } : (function () {
      var r = path.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })();
    tooltip.style.left = Math.min(at.x - box.left + 12, box.width - tooltip.offsetWidth - 4) + 'px';
    tooltip.style.top = at.y - box.top + 12 + 'px';
  }
  function hide() {
    tooltip.hidden = true;
  }
  document.querySelectorAll('#map-svg .dep, #map-svg .dep-inset').forEach(function (path) {
    var key = 'd:' + path.getAttribute('data-code');
    path.addEventListener('mousemove', function (event) { show(path, event); });
    path.addEventListener('mouseleave', hide);
    path.addEventListener('click', function () { setPlace(state.place === key ? '' : key); });
    // The enlarged copies of Paris are for the mouse only: Chromium makes an SVG element with a
    // focus listener a Tab stop, which here would be a nameless one inside aria-hidden.
    if (!path.classList.contains('dep')) return;
    path.addEventListener('focus', function () { show(path); });
    path.addEventListener('blur', hide);
    path.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        setPlace(state.place === key ? '' : key);
      }
    });
  });
  document.querySelectorAll('button.place').forEach(function (button) {
    button.addEventListener('click', function () { setPlace(button.getAttribute('data-place')); });
  });
  document.querySelectorAll('input[name="measure"]').forEach(function (radio) {
    radio.addEventListener('change', function () {
      var attribute = radio.value === 'ideas' ? 'data-qi' : 'data-qc';
      document.querySelectorAll('#map-svg .dep, #map-svg .dep-inset').forEach(function (path) {
        path.classList.remove('q0', 'q1', 'q2', 'q3', 'q4', 'q5');
        path.classList.add('q' + path.getAttribute(attribute));
      });
      document.querySelectorAll('.legend').forEach(function (legend) {
        legend.hidden = legend.getAttribute('data-measure') !== radio.value;
      });
    });
  });
  select.addEventListener('change', function () { setPlace(select.value); });
  document.getElementById('clear-filter').addEventListener('click', function () { setPlace(''); });
  search.addEventListener('input', function () {
    state.query = search.value;
    state.shown = PAGE;
    render();
  });
  more.addEventListener('click', function () {
    state.shown += PAGE;
    render();
  });
  render();
  // After the first paint: a small report is indexed before anyone types; a large one in chunks.
  setTimeout(buildIndex, 0);
})();
