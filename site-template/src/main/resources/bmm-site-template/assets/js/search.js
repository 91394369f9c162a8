// The search page: a lunr index of the baked documents (search-index.js), built in the browser,
// queried while the citizen types. Results are built as DOM nodes: nothing from the data is
// ever parsed as HTML.
(function () {
  'use strict';

  var CODE = ['code'];
  var TEXT = ['name', 'type', 'group', 'text'];
  var PAGE_SIZE = 50;
  var SNIPPET_LENGTH = 180;
  var TYPING_DELAY_MS = 120;

  var spanish = window.BMM_SPANISH;
  var documents = window.BMM_SEARCH_DOCUMENTS || [];
  var form = document.querySelector('.search-page-form');
  var input = document.getElementById('buscar-consulta');
  var status = document.getElementById('buscar-estado');
  var list = document.getElementById('buscar-resultados');
  var more = document.getElementById('buscar-mas');
  var root = list.getAttribute('data-root') || '';
  // The page's words and search rules, in the site's language (data-* of the results list).
  var words = list.dataset;
  var rulesOfSpanish = words.language === 'es';
  var title = document.title;

  var index = null;
  var byUri = new Map();
  var order = new Map();
  var hits = [];
  var shown = 0;
  var timer = null;
  var firstResults = true;

  /** Codes compare without case, accents or punctuation: "oeti01", "OETI01", "O1.2" ~ "o12". */
  function codeKey(text) {
    return spanish.fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
  }

  function build() {
    performance.mark('bmm-search-index-start');
    index = window.lunr(function () {
      // Without the Spanish plugin, lunr's own pipeline (English stop words and stemmer) applies.
      if (rulesOfSpanish) {
        this.use(spanish.plugin);
      }
      this.ref('uri');
      this.field('code', { boost: 10 });
      this.field('name', { boost: 5 });
      this.field('type', { boost: 2 });
      this.field('group', { boost: 2 });
      this.field('text');
      documents.forEach(function (entry, position) {
        byUri.set(entry.uri, entry);
        order.set(entry.uri, position);
        this.add(entry);
      }, this);
    });
    performance.measure('bmm-search-index', 'bmm-search-index-start');
  }

  /** The words of a query: folded (for codes) and through the search pipeline (for text). */
  function queryWords(query) {
    return spanish.words(query).map(function (word) {
      var folded = spanish.fold(word.text);
      var terms = index.pipeline.runString(folded, { fields: TEXT });
      return { folded: folded, term: terms.length > 0 ? terms[0] : null };
    });
  }

  // Typos are forgiven in longer words only: in short ones one letter is often the whole meaning.
  function typoDistance(word) {
    if (/\p{N}/u.test(word) || word.length < 5) {
      return 0;
    }
    return word.length >= 9 ? 2 : 1;
  }

  /**
   * Exact codes weigh most; prefixes serve typing; edit distance serves typos. A stop word is
   * only looked for as a whole code ("de" must not find every code that starts with DE).
   */
  function clauses(word) {
    var trailing = window.lunr.Query.wildcard.TRAILING;
    return function (query) {
      query.term(word.folded, { fields: CODE, boost: 100 });
      if (word.term === null) {
        return;
      }
      if (word.folded.length >= 2) {
        query.term(word.folded, { fields: CODE, boost: 5, usePipeline: false, wildcard: trailing });
      }
      query.term(word.term, { fields: TEXT, boost: 10, usePipeline: false });
      if (word.term.length >= 2) {
        query.term(word.term, { fields: TEXT, boost: 1, usePipeline: false, wildcard: trailing });
      }
      var distance = typoDistance(word.folded);
      if (distance > 0) {
        query.term(word.term, { fields: TEXT, boost: 1, usePipeline: false, editDistance: distance });
      }
    };
  }

  /**
   * One lunr query per word, so that pages with more of the words come first (lunr alone only
   * adds up scores). Among those, a page whose code is the query or one of its words comes
   * first, whatever lunr scored: "O7" shows O7 before O70 or OETI07, which also match.
   */
  function search(query) {
    var words = queryWords(query);
    var found = new Map();
    words.forEach(function (word) {
      index.query(clauses(word)).forEach(function (result) {
        var hit = found.get(result.ref);
        if (!hit) {
          hit = { uri: result.ref, score: 0, words: 0, terms: new Set() };
          found.set(result.ref, hit);
        }
        hit.score += result.score;
        hit.words += 1;
        Object.keys(result.matchData.metadata).forEach(function (term) {
          hit.terms.add(term);
        });
      });
    });
    var codes = [codeKey(query)].concat(words.map(function (word) { return word.folded; }));
    found.forEach(function (hit) {
      var entry = byUri.get(hit.uri);
      var rank = entry.code ? codes.indexOf(codeKey(entry.code)) : -1;
      hit.codeRank = rank < 0 ? codes.length : rank;
    });
    return Array.from(found.values()).sort(function (a, b) {
      return b.words - a.words || a.codeRank - b.codeRank || b.score - a.score
          || order.get(a.uri) - order.get(b.uri);
    });
  }

  function element(name, className) {
    var node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    return node;
  }

  /**
   * Appends text to a node, with the words that the query matched inside <mark>, and the names of
   * the document's placeholders without value (`pending`) marked as the pages mark them.
   */
  function appendMarked(parent, text, terms, fields, pending) {
    var last = 0;
    spanish.words(text).forEach(function (word) {
      var mark = null;
      if (pending && pending.indexOf(word.text) >= 0) {
        mark = element('mark', 'bmm-unresolved');
        mark.title = message(words.unresolved, word.text);
      } else {
        var term = index.pipeline.runString(word.text.toLowerCase(), { fields: fields })[0];
        if (term !== undefined && terms.has(term)) {
          mark = element('mark');
        }
      }
      if (mark) {
        mark.textContent = word.text;
        parent.append(text.slice(last, word.start), mark);
        last = word.end;
      }
    });
    parent.append(text.slice(last));
  }

  /** About SNIPPET_LENGTH characters of text around its first matched word, cut between words. */
  function snippet(text, terms) {
    if (text.length <= SNIPPET_LENGTH) {
      return text;
    }
    var words = spanish.words(text);
    var first = words.find(function (word) {
      return terms.has(index.pipeline.runString(word.text.toLowerCase(), { fields: TEXT })[0]);
    });
    var from = first ? Math.max(0, first.start - SNIPPET_LENGTH / 3) : 0;
    var start = from === 0 ? 0 : (words.find(function (word) { return word.start >= from; }) || words[0]).start;
    var end = start;
    words.forEach(function (word) {
      if (word.end <= start + SNIPPET_LENGTH) {
        end = Math.max(end, word.end);
      }
    });
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  function resultItem(hit) {
    var found = byUri.get(hit.uri);
    var item = element('li', 'search-result');
    var heading = element('h2', 'search-result-title');
    var link = element('a', 'search-result-link');
    link.href = root + found.uri;
    if (found.code) {
      var code = element('span', 'element-code search-result-code');
      appendMarked(code, found.code, hit.terms, CODE);
      link.append(code, ' ');
    }
    var name = element('span', 'search-result-name');
    appendMarked(name, found.name, hit.terms, TEXT, found.pending);
    link.append(name);
    heading.append(link);

    var facts = element('p', 'search-result-facts');
    var kind = element('span', 'type-badge');
    kind.textContent = found.type || found.kind;
    facts.append(kind);
    if (found.group) {
      var group = element('span', 'search-result-group');
      group.append(words.group + ' ');
      appendMarked(group, found.group, hit.terms, TEXT);
      facts.append(' ', group);
    }
    item.append(heading, facts);
    if (found.text) {
      var text = element('p', 'search-result-snippet');
      appendMarked(text, snippet(found.text, hit.terms), hit.terms, TEXT, found.pending);
      item.append(text);
    }
    return item;
  }

  function links() {
    return Array.from(list.querySelectorAll('.search-result-link'));
  }

  function showMore() {
    var from = shown;
    shown = Math.min(hits.length, shown + PAGE_SIZE);
    hits.slice(from, shown).forEach(function (hit) {
      list.append(resultItem(hit));
    });
    more.hidden = shown >= hits.length;
    return from;
  }

  function count(number) {
    return number.toLocaleString(document.documentElement.lang || undefined);
  }

  /** A message of the page with its {0}, {1}, … in place. */
  function message(text) {
    var values = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (placeholder, index) {
      return index < values.length ? values[index] : placeholder;
    });
  }

  function quoted(query) {
    return message(words.quoted, query);
  }

  function announce(query) {
    if (query === '') {
      status.textContent = '';
    } else if (hits.length === 0) {
      status.textContent = message(words.none, quoted(query));
    } else {
      status.textContent = message(hits.length === 1 ? words.foundOne : words.foundOther, count(hits.length),
          quoted(query)) + (shown < hits.length ? message(words.firstShown, count(shown)) : '');
    }
  }

  /** Keeps the address shareable: search.html?q=… always shows what the page shows. */
  function remember(query) {
    var url = new URL(window.location.href);
    if (query === '') {
      url.searchParams.delete('q');
    } else {
      url.searchParams.set('q', query);
    }
    document.title = query === '' ? title : quoted(query) + ' · ' + title;
    try {
      window.history.replaceState(null, '', url.href);
    } catch (refused) {
      // Some browsers refuse to change the address of a page opened from disk; the results stay.
    }
  }

  function run() {
    window.clearTimeout(timer);
    var query = input.value.trim();
    hits = query === '' ? [] : search(query);
    shown = 0;
    list.replaceChildren();
    showMore();
    announce(query);
    remember(query);
    if (firstResults && query !== '') {
      firstResults = false;
      performance.mark('bmm-search-first-results');
    }
  }

  function onBoxKey(event) {
    if (event.key === 'ArrowDown' && links().length > 0) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      run();
    }
  }

  function onResultKey(event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) {
      return;
    }
    var target = null;
    if (event.key === 'ArrowDown') {
      target = all[at + 1] || (more.hidden ? null : more);
    } else if (event.key === 'ArrowUp') {
      target = at === 0 ? input : all[at - 1];
    } else if (event.key === 'Home') {
      target = all[0];
    } else if (event.key === 'End') {
      target = all[all.length - 1];
    } else if (event.key === 'Escape') {
      target = input;
    }
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }

  function start() {
    build();
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      run();
    });
    input.addEventListener('input', function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, TYPING_DELAY_MS);
    });
    input.addEventListener('keydown', onBoxKey);
    list.addEventListener('keydown', onResultKey);
    more.addEventListener('click', function () {
      var from = showMore();
      announce(input.value.trim());
      links()[from].focus();
    });
    more.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowUp' || event.key === 'Escape') {
        event.preventDefault();
        (event.key === 'Escape' ? input : links()[shown - 1]).focus();
      }
    });
    // For the browser tests and the benchmark, which look at rankings and scores.
    window.BMM_SEARCH = { index: index, search: search };
    if (input.value.trim() === '') {
      input.focus();
    }
    run();
  }

  if (!window.lunr || !spanish) {
    status.textContent = words.unavailable;
    return;
  }
  input.value = new URLSearchParams(window.location.search).get('q') || '';
  if (input.value.trim() !== '') {
    status.textContent = words.searching;
  }
  // Let the page paint before building the index, which takes a moment on large models.
  window.requestAnimationFrame(function () {
    window.setTimeout(start, 0);
  });
}());
