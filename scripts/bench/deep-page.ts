/**
 * A page whose elements nest `depth` deep (5,000 by default), with a paragraph and a link every
 * LINK_EVERY levels and a last link at the bottom. The HTML parser stops nesting at 512 levels
 * (it makes deeper tags siblings), so the page builds its tree with its own script while it
 * loads, as a script-heavy site would. The levels are laid out inline: Chromium's renderer
 * itself crashes on blocks nested about 3,000 deep (measured here, with no extension involved),
 * so a block-nested page of this depth could not be loaded at all.
 */
export const DEEP_DEPTH = 5000;
export const LINK_EVERY = 25;

export function deepPage(depth = DEEP_DEPTH): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Nested ${depth} deep</title>
<style>div,section{display:inline;margin:0;padding:0}</style></head>
<body><main id="root"><h1>Nested ${depth} deep</h1></main>
<script>
(function () {
  var parent = document.getElementById('root');
  for (var i = 1; i <= ${depth}; i++) {
    var el = document.createElement(i % 10 === 0 ? 'section' : 'div');
    el.className = 'level-' + (i % 7);
    if (i % ${LINK_EVERY} === 0 || i === ${depth}) {
      var p = document.createElement('p');
      var a = document.createElement('a');
      a.href = i % 2 ? 'https://site' + (i % 40) + '.example/deep/' + i : '/level/' + i;
      a.textContent = 'Link at level ' + i;
      p.append('Some text at level ' + i + ' before ', a, ' and after.');
      el.append(p);
    }
    parent.append(el);
    parent = el;
  }
})();
</script>
</body></html>
`;
}

/** Links the page builds: one every LINK_EVERY levels, and one at the bottom. */
export function deepPageLinks(depth = DEEP_DEPTH): number {
  return Math.floor(depth / LINK_EVERY) + (depth % LINK_EVERY === 0 ? 0 : 1);
}
