// The search page: the site's lunr index (search-data.js loads the parts a query needs), queried
// while the citizen types. Results are built as DOM nodes: nothing from the data is ever parsed
// as HTML.
(function () {
  'use strict';

  var CODE = ['code'];
  var TEXT = ['name', 'type', 'group', 'text'];
  var PAGE_SIZE = 50;
  // Shown as soon as their documents are in, before the rest of the first page: on a large site,
  // the documents of fifty results come in as many files.
  var FIRST_SHOWN = 10;
  var SNIPPET_LENGTH = 180;
  var TYPING_DELAY_MS = 120;
  // Keys that move the focus: they tell a keyboard user from one who taps or clicks.
  var FOCUS_KEYS = new Set(['Tab', 'ArrowDown', 'ArrowUp']);

  var spanish = window.BMM_SPANISH;
  var form = document.querySelector('.search-page-form');
  var input = document.getElementById('buscar-consulta');
  var help = document.getElementById('buscar-ayuda');
  var status = document.getElementById('buscar-estado');
  var list = document.getElementById('buscar-resultados');
  var more = document.getElementById('buscar-mas');
  var root = list.getAttribute('data-root') || '';
  // The page's words and search rules, in the site's language (data-* of the results list).
  var words = list.dataset;
  var rulesOfSpanish = words.language === 'es';
  var title = document.title;

  var pipeline = null;
  var data = null;
  var hits = [];
  var shown = 0;
  var timer = null;
  var firstResults = true;
  // Each query's answer arrives when its parts have loaded: only the latest one is shown.
  var latest = 0;

  /** Codes compare without case, accents or punctuation: "oeti01", "OETI01", "O1.2" ~ "o12". */
  function codeKey(text) {
    return spanish.fold(text).replace(/[^\p{L}\p{N}]+/gu, '');
  }

  /**
   * What queries go through, as the bake analysed the index's terms: the Spanish steps, or lunr's
   * own search pipeline (its English stemmer; the bake also left out English stop words).
   */
  function searchPipeline() {
    if (rulesOfSpanish) {
      return spanish.searchPipeline();
    }
    var english = new window.lunr.Pipeline();
    english.add(window.lunr.stemmer);
    return english;
  }

  /** The words of a query: folded (for codes) and through the search pipeline (for text). */
  function queryWords(query) {
    return spanish.words(query).map(function (word) {
      var folded = spanish.fold(word.text);
      var terms = pipeline.runString(folded, { fields: TEXT });
      return { folded: folded, term: terms.length > 0 ? terms[0] : null };
    });
  }

  /** Whether a term matched in a field is the word itself or begins with it, not a typo's reach. */
  function asWritten(word, term, field) {
    return field === CODE[0] || term === word.term || (word.term.length >= 2 && term.startsWith(word.term));
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
   * adds up scores). A word matched only through a typo allowance counts after the words matched
   * as written, and a page that only looks like the query is listed only when nothing matches as
   * written: a typo allowance must not bury what the citizen wrote under words that merely look
   * alike ("tramites ciudadnos" lists the pages about trámites, not every page that says "ciudad").
   * Among those, a page whose code is the query or one of its words comes first, whatever lunr
   * scored: "O7" shows O7 before O70 or OETI07, which also match.
   */
  function rank(index, queried, codes) {
    var found = new Map();
    queried.forEach(function (word) {
      index.query(clauses(word)).forEach(function (result) {
        var metadata = result.matchData.metadata;
        var typo = !Object.keys(metadata).some(function (term) {
          return Object.keys(metadata[term]).some(function (field) { return asWritten(word, term, field); });
        });
        var ref = Number(result.ref);
        var hit = found.get(ref);
        if (!hit) {
          hit = { ref: ref, score: 0, words: 0, typos: 0, terms: new Set() };
          found.set(ref, hit);
        }
        hit.score += result.score;
        hit[typo ? 'typos' : 'words'] += 1;
        Object.keys(metadata).forEach(function (term) {
          hit.terms.add(term);
        });
      });
    });
    var hits = Array.from(found.values());
    if (hits.some(function (hit) { return hit.words > 0; })) {
      hits = hits.filter(function (hit) { return hit.words > 0; });
    }
    var codeRanks = data.codeRanks(codes);
    hits.forEach(function (hit) {
      hit.codeRank = codeRanks.has(hit.ref) ? codeRanks.get(hit.ref) : codes.length;
    });
    return hits.sort(function (a, b) {
      return b.words - a.words || b.typos - a.typos || a.codeRank - b.codeRank || b.score - a.score
          || a.ref - b.ref;
    });
  }

  /**
   * The ranked matches of a query, once the parts of the index it needs are loaded; with
   * `reference`, ranked by that lunr index instead (the browser tests compare with lunr's own).
   */
  function search(query, reference) {
    var queried = queryWords(query);
    var codes = [codeKey(query)].concat(queried.map(function (word) { return word.folded; }));
    return data.prepare(reference ? [] : queried.map(clauses), codes).then(function (index) {
      return rank(reference || index, queried, codes);
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
        var term = pipeline.runString(word.text.toLowerCase(), { fields: fields })[0];
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
      return terms.has(pipeline.runString(word.text.toLowerCase(), { fields: TEXT })[0]);
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

  function resultItem(hit, found) {
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

  /** The items of `count` results from `from`, once their documents are loaded. */
  function items(found, from, count) {
    var next = found.slice(from, from + count);
    return data.documents(next.map(function (hit) { return hit.ref; })).then(function (documents) {
      return next.map(function (hit, i) {
        return resultItem(hit, documents[i]);
      });
    });
  }

  /** Shows `count` more results; resolves to where they start, or to -1 if a newer query came first. */
  function showMore(count) {
    var current = latest;
    return items(hits, shown, count).then(function (nodes) {
      if (current !== latest) {
        return -1;
      }
      var from = shown;
      list.append.apply(list, nodes);
      shown += nodes.length;
      more.hidden = shown >= hits.length;
      return from;
    });
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

  function unavailable(error) {
    status.textContent = message(words.failed, error.message);
  }

  /**
   * Searches for what the box holds. The first results replace the previous ones as soon as they
   * are ready, the rest of the page follows, and then the status announces the count.
   */
  function run() {
    window.clearTimeout(timer);
    var query = input.value.trim();
    var current = ++latest;
    remember(query);
    (query === '' ? Promise.resolve([]) : search(query)).then(function (found) {
      return items(found, 0, FIRST_SHOWN).then(function (nodes) {
        if (current !== latest) {
          return -1;
        }
        hits = found;
        shown = nodes.length;
        more.hidden = true;
        list.replaceChildren.apply(list, nodes);
        if (firstResults && query !== '') {
          firstResults = false;
          performance.mark('bmm-search-first-results');
        }
        return showMore(PAGE_SIZE - shown);
      });
    }).then(function (from) {
      if (from >= 0) {
        announce(query);
      }
    }).catch(unavailable);
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

  /** The keyboard instructions are for those who use it: shown on a key that moves focus, hidden on a tap or click. */
  function showHelpToKeyboardUsers() {
    document.addEventListener('keydown', function (event) {
      if (FOCUS_KEYS.has(event.key)) {
        help.hidden = false;
      }
    }, true);
    document.addEventListener('pointerdown', function () {
      help.hidden = true;
    }, true);
  }

  function start() {
    pipeline = searchPipeline();
    data = window.BMM_SEARCH_DATA(root, pipeline);
    showHelpToKeyboardUsers();
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
      showMore(PAGE_SIZE).then(function (from) {
        if (from >= 0) {
          announce(input.value.trim());
          links()[from].focus();
        }
      }).catch(unavailable);
    });
    more.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowUp' || event.key === 'Escape') {
        event.preventDefault();
        (event.key === 'Escape' ? input : links()[shown - 1]).focus();
      }
    });
    // For the browser tests and the benchmark, which look at rankings and scores.
    window.BMM_SEARCH = { search: search, documents: data.documents, pipeline: pipeline };
    if (input.value.trim() === '') {
      input.focus();
    }
    run();
  }

  if (!window.lunr || !spanish || !window.BMM_SEARCH_DATA || !window.BMM_SEARCH_INDEX) {
    status.textContent = words.unavailable;
    return;
  }
  input.value = new URLSearchParams(window.location.search).get('q') || '';
  if (input.value.trim() !== '') {
    status.textContent = words.searching;
  }
  start();
}());
