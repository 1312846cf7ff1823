/**
 * Every client's summary, read once `start` is true (the board's counts are on screen) and followed live: switching
 * cells or searching the whole book then works from memory. The board's first frame does not wait for it.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ClientSummary } from '@/lib/book/summary';
import { type NameRanks, nameRanks } from '@/lib/book/table';
import { bookData } from '@/platform/book-database';
import { live } from '@/platform/database';

export function useWholeBook(start: boolean) {
  const book = useSignal<readonly ClientSummary[] | null>(null);
  useEffect(() => {
    if (!start) return;
    let subscription: { unsubscribe(): void } | null = null;
    // After the board's frame is painted.
    const timer = setTimeout(() => {
      subscription = live(() => bookData.allSummaries()).subscribe({
        next: (rows) => (book.value = rows),
        error: () => undefined,
      });
    }, 50);
    return () => {
      clearTimeout(timer);
      subscription?.unsubscribe();
    };
  }, [start]);
  return book;
}

/** The book's names in collation order, computed when the book is read and kept while no new name comes in. */
export function useNameRanks(book: readonly ClientSummary[] | null): NameRanks | null {
  const last = useRef<NameRanks | null>(null);
  return useMemo(() => {
    if (!book) return null;
    last.current = nameRanks(book, last.current);
    return last.current;
  }, [book]);
}
