// Static search for /tim-kiem/ (docs/search.md). No server, no dependencies; ES2018 (Unicode property escapes \p{…}).
// The index is sharded by the folded first letters of each word, so a query downloads only the shards of its words.
// Every URL is built from data-url, which the generator writes with the base path: the site works from a sub-path.
// window.bantinSearch.query(q, filters) runs a query without the page's form, for browser tests.
(function () {
  "use strict";
  var PAGE = 10;            // results shown at once; "More results" shows the next ones
  var MAX_WORDS = 6;        // words of a query that count: 6 shards of at most 64 KB keep a query under 500 KB
  var MAX_EXPANSION = 500;  // forms a word typed so far may stand for ("ng" → người, ngày, …)
  var MAX_WORD = 40;        // as SearchText.MaxWordLength: longer runs are not indexed
  var WORD = /[\p{L}\p{Nd}\p{M}]+/gu;
  var MARKS = /\p{Mn}/gu;

  // The same function as Slug.Fold in C#: NFD, drop non-spacing marks, đ/Đ → d, lower case.
  function fold(text) {
    return text.normalize("NFD").replace(MARKS, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  // Query words: form (lower case, marks kept), key (folded), marked (typed with marks), prefix (still being typed).
  function parse(q) {
    var text = String(q || "").normalize("NFC");
    var words = [], seen = {};
    var tokens = text.match(WORD) || [];
    var typing = tokens.length > 0 && /[\p{L}\p{Nd}\p{M}]$/u.test(text);
    tokens.forEach(function (token, i) {
      var form = token.toLowerCase();
      if (form.length > MAX_WORD || seen[form]) return;
      seen[form] = true;
      var key = fold(form);
      words.push({ form: form, key: key, marked: form !== key, prefix: typing && i === tokens.length - 1 });
    });
    return words.slice(0, MAX_WORDS);
  }

  function Index(base, version) {
    this.base = base;
    this.version = version;
    this.cache = {};
    this.meta = null;
  }

  Index.prototype.load = function (path) {
    var cache = this.cache;
    if (!cache[path]) {
      var url = this.base + path + (this.version ? "?v=" + encodeURIComponent(this.version) : "");
      cache[path] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ": " + response.status);
        return response.json();
      }).catch(function (error) {
        delete cache[path]; // let the next query try again
        throw error;
      });
    }
    return cache[path];
  };

  Index.prototype.ready = function () {
    var self = this;
    return this.load("meta.json").then(function (meta) {
      if (!self.meta) {
        self.meta = meta;
        self.shardOf = {};
        meta.terms.forEach(function (key, i) { self.shardOf[key] = i; });
        self.categoryOf = {};
        meta.categories.forEach(function (c, i) { self.categoryOf[c.k] = i; });
        self.unitOf = {};
        meta.units.forEach(function (u, i) { self.unitOf[u.k] = i; });
      }
      return meta;
    });
  };

  // The shard holding a folded word: the longest shard key that begins it (at least 2 letters, or the word itself).
  Index.prototype.shardFor = function (key) {
    for (var length = key.length; length >= Math.min(2, key.length) && length > 0; length--) {
      var i = this.shardOf[key.slice(0, length)];
      if (i !== undefined) return i;
    }
    return -1;
  };

  Index.prototype.shard = function (i) {
    return this.load("terms/" + i + ".json").then(function (shard) {
      if (!shard.__keys) {
        var keys = {};
        Object.keys(shard).forEach(function (form) { keys[form] = fold(form); });
        Object.defineProperty(shard, "__keys", { value: keys });
      }
      return shard;
    });
  };

  // Postings (SearchShards.Encode): base-32 numbers, most significant digit first; a digit of DIGITS below 32 ends
  // a number. Each number is the gap from the previous document × 16 + the weight.
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS[d]] = d;
  function decode(text, each) {
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGIT[text[i]];
      value = value * 32 + (digit & 31);
      if (digit < 32) {
        each(value);
        value = 0;
      }
    }
  }

  // Documents matching one word: doc → { s: score, e: an exact (marked) form matched }.
  function matches(shard, word) {
    var found = new Map();
    if (!shard) return found;
    var expanded = 0;
    Object.keys(shard).forEach(function (form) {
      var key = shard.__keys[form];
      var full = key === word.key;
      if (!full && !(word.prefix && key.startsWith(word.key))) return;
      if (!full && ++expanded > MAX_EXPANSION) return;
      var exact = word.marked && form === word.form;
      var factor = (full ? 2 : 1) * (exact ? 2 : 1);
      var doc = -1;
      decode(shard[form], function (value) {
        doc += Math.floor(value / 16);
        var score = (value % 16) * factor;
        var old = found.get(doc);
        if (!old) found.set(doc, { s: score, e: exact });
        else {
          if (score > old.s) old.s = score;
          if (exact) old.e = true;
        }
      });
    });
    return found;
  }

  function within(facets, index, wanted) {
    for (var i = index, guard = 0; i >= 0 && guard < 100; i = facets[i].p, guard++) if (i === wanted) return true;
    return false;
  }

  // Ranked matches of a query: every word must match; words typed with marks that match exactly rank first,
  // then the score (title words weigh more, more occurrences more), then the newer document.
  Index.prototype.search = function (q, filters) {
    var self = this;
    filters = filters || {};
    var words = parse(q);
    return this.ready().then(function (meta) {
      // A word still being typed that is shorter than its shard's key ("ng" once "ng" was split into "nga", "ngh", …)
      // does not narrow the search yet; the next letter does.
      var active = words.filter(function (word) {
        return !(word.prefix && self.shardFor(word.key) < 0 && meta.terms.some(function (k) { return k.length > word.key.length && k.startsWith(word.key); }));
      });
      if (!active.length) return { words: words, hits: [], incomplete: words.length > 0 };
      return Promise.all(active.map(function (word) {
        var i = self.shardFor(word.key);
        return i < 0 ? null : self.shard(i);
      })).then(function (shards) {
        var docs = null;
        active.forEach(function (word, w) {
          var found = matches(shards[w], word);
          if (docs === null) {
            docs = new Map();
            found.forEach(function (m, doc) { docs.set(doc, { doc: doc, score: m.s, exact: m.e ? 1 : 0 }); });
          } else {
            docs.forEach(function (hit, doc) {
              var m = found.get(doc);
              if (!m) docs.delete(doc);
              else {
                hit.score += m.s;
                if (m.e) hit.exact++;
              }
            });
          }
        });
        var category = filters.category ? self.categoryOf[filters.category] : undefined;
        var unit = filters.unit ? self.unitOf[filters.unit] : undefined;
        var year = filters.year ? meta.years.indexOf(Number(filters.year)) : -2;
        var hits = [];
        docs.forEach(function (hit, doc) {
          if (filters.category && (category === undefined || !within(meta.categories, meta.docs.c[doc], category))) return;
          if (filters.unit && (unit === undefined || !within(meta.units, meta.docs.u[doc], unit))) return;
          if (year !== -2 && meta.docs.y[doc] !== year) return;
          hits.push(hit);
        });
        hits.sort(function (a, b) { return b.exact - a.exact || b.score - a.score || a.doc - b.doc; });
        return { words: words, hits: hits };
      });
    });
  };

  // What a result shows: title, URL (with the base path), date, category and excerpt, from the docs/ chunks.
  Index.prototype.describe = function (hits) {
    var self = this, meta = this.meta;
    return Promise.all(hits.map(function (hit) {
      return self.load("docs/" + Math.floor(hit.doc / meta.chunk) + ".json").then(function (chunk) {
        var doc = chunk[hit.doc % meta.chunk];
        var c = meta.docs.c[hit.doc];
        return {
          title: doc.t, url: self.sitePath + doc.u, date: doc.d, excerpt: doc.x,
          category: c >= 0 ? meta.categories[c].n : "", score: hit.score, exact: hit.exact
        };
      });
    }));
  };

  // The words of a text, each marked when it matches a query word (as the index matched it).
  function highlight(parent, text, words) {
    var last = 0, match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var key = fold(match[0]);
      var hit = words.some(function (w) { return key === w.key || (w.prefix && key.startsWith(w.key)); });
      if (!hit) continue;
      if (match.index > last) parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = match[0];
      parent.appendChild(mark);
      last = match.index + match[0].length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function fill(template, n, q) {
    return template.replace("{n}", n).replace("{q}", q);
  }

  function debounce(fn, ms) {
    var timer;
    return function () {
      clearTimeout(timer);
      timer = setTimeout(fn, ms);
    };
  }

  function start() {
    var form = document.querySelector("form[data-search]");
    if (!form) return null;
    var index = new Index(form.getAttribute("data-url"), form.getAttribute("data-version"));
    // Result URLs in the index are relative to the site root; data-base is the site's base path ("/congdoan/").
    index.sitePath = form.getAttribute("data-base");
    var input = form.querySelector("input[name=q]");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var status = document.querySelector("[data-search-status]");
    var list = document.querySelector("[data-search-results]");
    var more = document.querySelector("[data-search-more]");
    var lang = document.documentElement.lang === "en" ? "en" : "vi";
    var run = 0, current = null, shown = 0;

    function filters() {
      var result = {};
      selects.forEach(function (select) { if (select.value) result[select.name] = select.value; });
      return result;
    }

    function remember() {
      var params = new URLSearchParams();
      if (input.value.trim()) params.set("q", input.value.trim());
      var f = filters();
      Object.keys(f).forEach(function (name) { params.set(name, f[name]); });
      var query = params.toString();
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    }

    function showMore(focus) {
      if (!current) return Promise.resolve();
      var mine = run;
      var next = current.hits.slice(shown, shown + PAGE);
      return index.describe(next).then(function (results) {
        if (mine !== run) return;
        var first = null;
        results.forEach(function (result) {
          var item = document.createElement("li");
          item.className = "search-result";
          var heading = document.createElement("h2");
          var link = document.createElement("a");
          link.href = result.url;
          highlight(link, result.title, current.words);
          heading.appendChild(link);
          item.appendChild(heading);
          var meta = [result.date, result.category].filter(Boolean).join(" · ");
          if (meta) {
            var line = document.createElement("p");
            line.className = "meta";
            line.textContent = meta;
            item.appendChild(line);
          }
          if (result.excerpt) {
            var snippet = document.createElement("p");
            snippet.className = "search-snippet";
            highlight(snippet, result.excerpt, current.words);
            item.appendChild(snippet);
          }
          list.appendChild(item);
          if (!first) first = link;
        });
        shown += next.length;
        more.hidden = shown >= current.hits.length;
        if (focus && first) first.focus();
      });
    }

    function update() {
      var mine = ++run;
      var q = input.value.trim();
      remember();
      if (!q) {
        current = null;
        list.textContent = "";
        more.hidden = true;
        status.textContent = form.getAttribute("data-hint");
        return Promise.resolve();
      }
      status.textContent = form.getAttribute("data-loading");
      return index.search(input.value, filters()).then(function (result) {
        if (mine !== run) return;
        current = result;
        shown = 0;
        list.textContent = "";
        status.textContent = result.incomplete ? form.getAttribute("data-hint")
          : fill(form.getAttribute(result.hits.length ? "data-results" : "data-none"), result.hits.length.toLocaleString(lang === "en" ? "en-GB" : "vi-VN"), q);
        return showMore(false);
      }).catch(function () {
        if (mine === run) status.textContent = form.getAttribute("data-failed");
      });
    }

    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    selects.forEach(function (select) {
      var value = params.get(select.name);
      if (value && select.querySelector("option[value=\"" + CSS.escape(value) + "\"]")) select.value = value;
    });
    input.addEventListener("input", debounce(update, 200));
    selects.forEach(function (select) { select.addEventListener("change", update); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      update();
    });
    more.addEventListener("click", function () { showMore(true); });
    update();
    return index;
  }

  var index = null;
  var api = {
    fold: fold,
    parse: parse,
    // Resolves to { total, results: [{ title, url, date, category, excerpt, score, exact }] } (the first `limit`).
    query: function (q, filters, limit) {
      if (!index) return Promise.reject(new Error("no search form on this page"));
      return query(index, q, filters, limit);
    },
    // An index read from anywhere (dataUrl: the search page's folder; base: the site's base path), for tests.
    open: function (dataUrl, base, version) {
      var opened = new Index(dataUrl, version || "");
      opened.sitePath = base;
      return { query: function (q, filters, limit) { return query(opened, q, filters, limit); } };
    }
  };

  function query(index, q, filters, limit) {
    return index.search(q, filters).then(function (result) {
      return index.describe(result.hits.slice(0, limit || PAGE)).then(function (results) {
        return { total: result.hits.length, results: results };
      });
    });
  }
  window.bantinSearch = api;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { index = start(); });
  else index = start();
})();
