// The search index the bake built (search-index.js and the parts in search-index/), loaded part by
// part as queries need them and handed to lunr as an index of its own, so that the first results
// of a large site need a few small files, not the whole index. Parts are scripts: browsers refuse
// to fetch files from file:// pages, and start no Web Worker there either.
(function (lunr) {
  'use strict';

  var head = window.BMM_SEARCH_INDEX;
  var parts = window.BMM_SEARCH_PARTS;
  // lunr keeps per-match metadata only for the keys it is told to; the site tells it none.
  var NO_METADATA = {};

  /**
   * @param root the way from the page to the site root ("" or "../")
   * @param pipeline what queries go through: the same steps as the bake gave the index's terms
   */
  function searchData(root, pipeline) {
    var terms = head.terms;
    var invertedIndex = Object.create(null);
    var fieldVectors = Object.create(null);
    var codes = Object.create(null);
    var loading = new Map();

    /** A part, loaded once; it registers itself in BMM_SEARCH_PARTS under its name. */
    function load(name) {
      if (!loading.has(name)) {
        loading.set(name, new Promise(function (resolve, reject) {
          var script = document.createElement('script');
          script.src = root + 'search-index/' + name + '.js';
          script.addEventListener('load', function () {
            if (parts[name]) {
              resolve(parts[name]);
            } else {
              reject(new Error(script.src));
            }
          });
          script.addEventListener('error', function () {
            loading.delete(name);
            reject(new Error(script.src));
          });
          document.head.append(script);
        }).then(function (part) {
          if (name.startsWith('terms-')) {
            addTerms(part);
          }
          return part;
        }));
      }
      return loading.get(name);
    }

    /** Postings and field vectors as lunr's builder makes them, from a part's weights. */
    function addTerms(part) {
      part.terms.forEach(function (pair) {
        var term = pair[0];
        var entry = pair[1];
        var posting = { _index: entry[0] };
        head.fields.forEach(function (field, position) {
          var documents = Object.create(null);
          var weights = entry[position + 1];
          var ref = 0;
          for (var i = 0; i < weights.length; i += 2) {
            ref += weights[i];
            documents[ref] = NO_METADATA;
            var fieldRef = field + '/' + ref;
            (fieldVectors[fieldRef] || (fieldVectors[fieldRef] = new lunr.Vector())).insert(entry[0], weights[i + 1] / 1000);
          }
          posting[field] = documents;
        });
        invertedIndex[term] = posting;
      });
      Object.keys(part.codes).forEach(function (key) {
        codes[key] = part.codes[key];
      });
    }

    /** Where a term, or a code key, is: the last part that starts at or before it. */
    function termPart(term) {
      var starts = head.termParts;
      var low = 0;
      var high = starts.length - 1;
      while (low < high) {
        var middle = (low + high + 1) >> 1;
        if (starts[middle] <= term) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      return 'terms-' + low;
    }

    function firstAtOrAfter(term) {
      var low = 0;
      var high = terms.length;
      while (low < high) {
        var middle = (low + high) >> 1;
        if (terms[middle] < term) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }

    function withPrefix(prefix, into) {
      for (var i = firstAtOrAfter(prefix); i < terms.length && terms[i].startsWith(prefix); i++) {
        into.add(terms[i]);
      }
    }

    /**
     * Terms that may be within an edit distance of a term: lengths that differ by no more, and no
     * more of its letters missing. lunr then decides among them, as it would among all terms.
     */
    function near(term, distance, into) {
      var letters = Array.from(new Set(term));
      terms.forEach(function (candidate) {
        if (Math.abs(candidate.length - term.length) > distance) {
          return;
        }
        var missing = 0;
        for (var i = 0; i < letters.length && missing <= distance; i++) {
          if (candidate.indexOf(letters[i]) < 0) {
            missing += 1;
          }
        }
        if (missing <= distance) {
          into.add(candidate);
        }
      });
    }

    /** The clause's terms as lunr's query sees them, after the search pipeline when the clause uses it. */
    function clauseTerms(clause) {
      return clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
    }

    /**
     * An index for the queries that `queries` make (each a function given a lunr.Query), once
     * the parts they need, and those of the code keys `keys`, are loaded. Its token set holds the
     * terms that the queries' exact terms, prefixes and typos may reach; lunr expands them there as
     * it would among all terms, and scores with the bake's weights.
     */
    function prepare(queries, keys) {
      var query = new lunr.Query(head.fields);
      queries.forEach(function (make) {
        make(query);
      });
      var reachable = new Set();
      query.clauses.forEach(function (clause) {
        clauseTerms(clause).forEach(function (term) {
          if (clause.wildcard & lunr.Query.wildcard.TRAILING) {
            withPrefix(term.slice(0, -1), reachable);
          } else if (clause.editDistance) {
            near(term, clause.editDistance, reachable);
          } else if (terms[firstAtOrAfter(term)] === term) {
            reachable.add(term);
          }
        });
      });
      var tokenSet = lunr.TokenSet.fromArray(Array.from(reachable).sort());
      var needed = new Set(keys.map(termPart));
      query.clauses.forEach(function (clause) {
        clauseTerms(clause).forEach(function (term) {
          var only = 'editDistance' in clause ? { term: term, editDistance: clause.editDistance } : { term: term };
          tokenSet.intersect(lunr.TokenSet.fromClause(only)).toArray().forEach(function (expanded) {
            needed.add(termPart(expanded));
          });
        });
      });
      return Promise.all(Array.from(needed, load)).then(function () {
        return new lunr.Index({
          invertedIndex: invertedIndex,
          fieldVectors: fieldVectors,
          tokenSet: tokenSet,
          fields: head.fields,
          pipeline: pipeline
        });
      });
    }

    /** The documents whose code has one of the keys (loaded by prepare), by the first such key. */
    function codeRanks(keys) {
      var ranks = new Map();
      keys.forEach(function (key, rank) {
        (codes[key] || []).forEach(function (ref) {
          if (!ranks.has(ref)) {
            ranks.set(ref, rank);
          }
        });
      });
      return ranks;
    }

    /** What the results show of documents, by their refs (positions in the data). */
    function documents(refs) {
      var names = new Set(refs.map(function (ref) {
        return 'documents-' + Math.floor(ref / head.documentsPerPart);
      }));
      return Promise.all(Array.from(names, load)).then(function () {
        return refs.map(function (ref) {
          return parts['documents-' + Math.floor(ref / head.documentsPerPart)][ref % head.documentsPerPart];
        });
      });
    }

    return {
      prepare: prepare,
      codeRanks: codeRanks,
      documents: documents
    };
  }

  window.BMM_SEARCH_DATA = searchData;
}(window.lunr));
