/** Which of the book's views is on screen, kept in the address's hash so the popup can open `book.html#calls`. */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

export const BOOK_VIEWS = ['board', 'calls', 'pipeline', 'pacing', 'triage', 'value'] as const;
export type BookView = (typeof BOOK_VIEWS)[number];

function fromHash(): BookView {
  const h = location.hash.replace(/^#/, '');
  return (BOOK_VIEWS as readonly string[]).includes(h) ? (h as BookView) : 'board';
}

export function useBookView() {
  const view = useSignal<BookView>(fromHash());
  useEffect(() => {
    const follow = () => (view.value = fromHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  return view;
}
