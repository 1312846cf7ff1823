/**
 * The label text search on a large page (detect.ts, textsByContent): each prefilter hit in the root's whole text is
 * followed down to its text node, instead of walking every text node. It must find exactly the nodes the walk finds,
 * in the same order, on any tree: labels split over nodes, a hit straddling two nodes, hits inside script, style,
 * template, textarea and comments, SVG, empty text nodes, deep nesting. fast-check, happy-dom, fixed seed. (CDATA
 * sections exist only in XML documents, which happy-dom cannot make: the search counts their text as textContent does.)
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { detectClientId, findTexts } from '@/lib/client-id/detect';
import { CLIENT_LABEL_PREFILTER } from '@/lib/client-id/labels';

const SEED = 20261201;
/** Pages above the search's threshold (1,000 elements): the filler makes every generated page large. */
const FILLER = 1100;

type Tree = { tag: string; children: Tree[] } | { text: string } | { comment: string };

const PIECES = [
  '客户号',
  '客',
  '户号',
  '客户',
  'client',
  'Cli',
  'ent No.',
  'CUSTOMER',
  'cif',
  'CI',
  'F',
  'ｃ',
  'Ｃ',
  '8800012345',
  '：',
  ' ',
  '',
  '账号',
  'x'.repeat(1200),
];
const TAGS = ['div', 'span', 'b', 'p', 'td', 'script', 'style', 'template', 'textarea', 'button', 'svg', 'noscript'];

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ text: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 3 }).map((p) => p.join('')) }),
    fc.record({ comment: fc.constantFrom('客户号', 'client') }),
    fc.record({ tag: fc.constantFrom(...TAGS), children: fc.array(tie('node'), { maxLength: 4 }) }),
  ),
})).node;

function build(doc: Document, t: Tree, parent: Node): void {
  if ('text' in t) parent.appendChild(doc.createTextNode(t.text));
  else if ('comment' in t) parent.appendChild(doc.createComment(t.comment));
  else {
    const el = t.tag === 'svg' ? doc.createElementNS('http://www.w3.org/2000/svg', 'svg') : doc.createElement(t.tag);
    for (const c of t.children) build(doc, c, el);
    parent.appendChild(el);
  }
}

function page(parts: Tree[]): void {
  document.body.replaceChildren();
  const filler = document.createElement('div');
  for (let i = 0; i < FILLER; i++) filler.appendChild(document.createElement('i')).textContent = String(i % 10);
  const [first, ...rest] = parts;
  if (first) build(document, first, document.body);
  document.body.appendChild(filler);
  for (const p of rest) build(document, p, document.body);
}

/** The walk the search replaces, written out here: every text node that could hold a label, in tree order. */
function walked(): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(document.body, 0x4);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const shown = !n.parentElement?.closest('script,style,template,textarea,noscript,button,svg');
    if (n.data.length <= 1000 && CLIENT_LABEL_PREFILTER.test(n.data) && shown) out.push(n);
  }
  return out;
}

/** findTexts, and whether it walked the text nodes (a TreeWalker over text) rather than searching the text. */
function search(): { nodes: Text[]; walked: boolean } {
  const create = document.createTreeWalker.bind(document);
  let walks = 0;
  document.createTreeWalker = ((root: Node, what?: number) => {
    if (what === 0x4) walks++;
    return create(root, what);
  }) as Document['createTreeWalker'];
  try {
    return { nodes: findTexts([document], CLIENT_LABEL_PREFILTER), walked: walks > 0 };
  } finally {
    document.createTreeWalker = create;
  }
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the label text search on a large page', () => {
  it('finds exactly the text nodes the walk finds, in order, on random trees', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
        page(parts);
        const found = search();
        const expected = walked();
        expect(found.walked).toBe(false);
        expect(found.nodes.length === expected.length && found.nodes.every((n, i) => n === expected[i])).toBe(true);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('a label split over two text nodes, and a hit straddling two nodes, are found as the walk finds them', () => {
    page([]);
    const td = document.body.appendChild(document.createElement('p'));
    td.append(document.createTextNode('Cli'), document.createTextNode('ent No.'), document.createTextNode(' 客户号'));
    const found = search();
    expect(found.walked).toBe(false);
    // "Cli" + "ent No." makes "Client" only across nodes: neither node holds a hit of its own.
    expect(found.nodes.map((n) => n.data)).toEqual([' 客户号']);
    expect(found.nodes).toEqual(walked());
  });

  it('reads the client on a large page as on a small one', () => {
    page([]);
    const table = document.body.appendChild(document.createElement('table'));
    table.innerHTML = '<tr><th>客户号</th><td>8800012345</td></tr>';
    expect(search().walked).toBe(false);
    expect(detectClientId(document)?.clientId).toBe('8800012345');
  });

  it('walks a small page, a page with hits everywhere, and a tree too deep', () => {
    document.body.innerHTML = '<p>客户号</p>';
    expect(search()).toEqual({ nodes: [document.querySelector('p')!.firstChild], walked: true });

    page([]);
    for (let i = 0; i < 1001; i++) document.body.appendChild(document.createElement('b')).textContent = '客';
    const many = search();
    expect(many.walked).toBe(true);
    expect(many.nodes).toHaveLength(1001);

    page([]);
    let deep: Element = document.body;
    for (let i = 0; i < 300; i++) deep = deep.appendChild(document.createElement('span'));
    deep.textContent = '客户号';
    const found = search();
    expect(found.walked).toBe(true);
    expect(found.nodes.map((n) => n.data)).toEqual(['客户号']);
  });
});
