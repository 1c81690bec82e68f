/** What the layout needs to know of a block: its measured height, and whether it is a heading. */
export interface MeasuredBlock {
  height: number;
  keepWithNext: boolean;
}

export interface Pagination {
  /** Block indexes, page by page. */
  pages: number[][];
  /** Blocks taller than a whole page (each is alone on its page, and will not fit). */
  overflowing: number[];
}

/**
 * Lays blocks onto pages of `pageHeight`, in order, never splitting a block. A heading
 * goes to the next page rather than end a page without what follows it (when the two
 * would fit together on a fresh page). The preview and the print window both call this
 * with heights measured in the same layout, so they promise the same page breaks.
 */
export function paginate(blocks: readonly MeasuredBlock[], pageHeight: number): Pagination {
  if (!(pageHeight > 0)) throw new RangeError('A page needs a positive height.');
  const pages: number[][] = [];
  const overflowing: number[] = [];
  let page: number[] = [];
  let used = 0;

  // A heading's height together with the blocks it must stay with.
  const chainHeight = (start: number): number => {
    let height = 0;
    for (let i = start; i < blocks.length; i++) {
      height += blocks[i]!.height;
      if (!blocks[i]!.keepWithNext) break;
    }
    return height;
  };

  const newPage = () => {
    pages.push(page);
    page = [];
    used = 0;
  };

  blocks.forEach((block, index) => {
    const continuesChain = index > 0 && blocks[index - 1]!.keepWithNext && page.includes(index - 1);
    let needed = block.height;
    if (!continuesChain) {
      // The whole chain if it fits on a page; else at least this heading with its next block.
      const chain = chainHeight(index);
      const pair = block.keepWithNext && index + 1 < blocks.length ? block.height + blocks[index + 1]!.height : block.height;
      if (chain <= pageHeight) needed = chain;
      else if (pair <= pageHeight) needed = pair;
    }
    if (page.length > 0 && used + needed > pageHeight) newPage();
    if (block.height > pageHeight) overflowing.push(index);
    page.push(index);
    used += block.height;
  });
  if (page.length > 0) pages.push(page);
  return { pages, overflowing };
}
