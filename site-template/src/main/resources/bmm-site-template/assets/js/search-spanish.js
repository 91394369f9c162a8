// Spanish text analysis for lunr, whose own pipeline is English. The same steps run on the
// documents at index time (in Java, at bake time: SpanishAnalysis) and on the words of a query, so
// both sides always agree.
(function (lunr) {
  'use strict';

  // Letters and digits of any script: lunr's tokenizer keeps punctuation glued to words, and its
  // trimmer (ASCII \W) would cut the accented last letter off "está" or "acción".
  var WORD = /[\p{L}\p{N}]+/gu;
  var MARKS = /\p{M}+/gu;

  // Function words (folded: no accents) that say nothing about what a page is about.
  var STOP_WORDS = new Set((
    'a al algo algun alguna algunas alguno algunos ante antes aqui asi aun cada como con contra cual ' +
    'cuales cuando de del desde donde durante e el ella ellas ellos en entre era eran es esa esas ese ' +
    'eso esos esta estas este esto estos fue fueron ha han hasta hay la las le les lo los mas me mi mis ' +
    'mucho muchos muy ni no nos nuestra nuestras nuestro nuestros o os otra otras otro otros para pero ' +
    'poco por porque que quien quienes se segun ser si sido sin sino sobre son su sus tambien tan tanto ' +
    'te tiene tienen toda todas todo todos tu tus u un una unas uno unos usted ustedes y ya yo'
  ).split(' '));

  // Codes (O7, OETI01) are identifiers: folding them is right, stemming or dropping them is not
  // ("o" is a stop word; "oeti01" must not lose a letter).
  var CODE_FIELD = 'code';

  /** Lower case without accents or tildes: "TRÁMITES" and "tramites" are the same word. */
  function fold(word) {
    return word.toLowerCase().normalize('NFD').replace(MARKS, '');
  }

  function isStopWord(word) {
    return STOP_WORDS.has(word);
  }

  /**
   * Jacques Savoy's light Spanish stemmer (Report on CLEF-2001 Experiments), on a folded word:
   * it only removes the endings of gender and number, so it rarely merges unrelated words.
   */
  function stem(word) {
    var length = word.length;
    if (length < 5) {
      return word;
    }
    var last = word.charAt(length - 1);
    if (last === 'o' || last === 'a' || last === 'e') {
      return word.slice(0, -1);
    }
    if (last !== 's') {
      return word;
    }
    if (word.endsWith('eses')) {
      return word.slice(0, -2); // meses → mes
    }
    if (word.endsWith('ces')) {
      return word.slice(0, -3) + 'z'; // capaces → capaz
    }
    var beforeS = word.charAt(length - 2);
    if (beforeS === 'o' || beforeS === 'a' || beforeS === 'e') {
      return word.slice(0, -2);
    }
    return word;
  }

  function isCode(token) {
    var fields = token.metadata && token.metadata.fields;
    return Boolean(fields) && fields.length === 1 && fields[0] === CODE_FIELD;
  }

  function foldToken(token) {
    return token.update(fold);
  }

  function stopWordToken(token) {
    return isCode(token) || !isStopWord(token.toString()) ? token : undefined;
  }

  function stemToken(token) {
    return isCode(token) ? token : token.update(stem);
  }

  lunr.Pipeline.registerFunction(foldToken, 'bmm-es-fold');
  lunr.Pipeline.registerFunction(stopWordToken, 'bmm-es-stop-words');
  lunr.Pipeline.registerFunction(stemToken, 'bmm-es-stem');

  /** The words of a text with their places, for the index and for highlighting. */
  function words(text) {
    var found = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      found.push({ text: match[0], start: match.index, end: match.index + match[0].length });
    }
    return found;
  }

  // One metadata object per field is shared by its tokens: the pipeline only reads it.
  function tokenizer(value, metadata) {
    if (value === null || value === undefined) {
      return [];
    }
    return words(Array.isArray(value) ? value.join(' ') : String(value)).map(function (word) {
      return new lunr.Token(word.text.toLowerCase(), metadata);
    });
  }

  /** What queries go through: the same steps as the index's terms. */
  function searchPipeline() {
    var pipeline = new lunr.Pipeline();
    pipeline.add(foldToken, stopWordToken, stemToken);
    return pipeline;
  }

  /**
   * A lunr plugin (builder.use): Spanish analysis both when indexing and when searching. The site
   * ships an index built at bake time by the same steps in Java; the browser tests build lunr's
   * own index with this plugin to check that both score alike.
   */
  function plugin(builder) {
    builder.tokenizer = tokenizer;
    [builder.pipeline, builder.searchPipeline].forEach(function (pipeline) {
      pipeline.reset();
      pipeline.add(foldToken, stopWordToken, stemToken);
    });
  }

  window.BMM_SPANISH = {
    fold: fold,
    isStopWord: isStopWord,
    stem: stem,
    words: words,
    searchPipeline: searchPipeline,
    plugin: plugin
  };
}(window.lunr));
