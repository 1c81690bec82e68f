import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate, type MeasuredBlock } from '../../../../src/shared/sheet';

const block = (height: number, keepWithNext = false): MeasuredBlock => ({ height, keepWithNext });

describe('paginate', () => {
  it('fills a page before starting the next, never splitting a block', () => {
    expect(paginate([block(40), block(40), block(40)], 100).pages).toEqual([[0, 1], [2]]);
    expect(paginate([block(50), block(50), block(1)], 100).pages).toEqual([[0, 1], [2]]);
  });

  it('moves a heading to the next page rather than leave it alone at the foot', () => {
    // heading (10) + its block (30) do not fit in the 20 left after 80: both move on.
    expect(paginate([block(80), block(10, true), block(30)], 100).pages).toEqual([[0], [1, 2]]);
  });

  it('keeps a chain of headings with the block after them', () => {
    expect(paginate([block(60), block(10, true), block(10, true), block(25)], 100).pages).toEqual([[0], [1, 2, 3]]);
  });

  it('lets a heading and its block break apart only when together they would not fit any page', () => {
    expect(paginate([block(50), block(20, true), block(90)], 100).pages).toEqual([[0, 1], [2]]);
  });

  it('puts a block taller than a page on its own page and says so', () => {
    const result = paginate([block(30), block(150), block(30)], 100);
    expect(result.pages).toEqual([[0], [1], [2]]);
    expect(result.overflowing).toEqual([1]);
  });

  it('refuses a page with no height', () => {
    expect(() => paginate([block(1)], 0)).toThrow(RangeError);
  });

  it('keeps every block once, in order, and no page over height unless one block overflows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ height: fc.integer({ min: 1, max: 120 }), keepWithNext: fc.boolean() }), { maxLength: 60 }),
        (blocks) => {
          const { pages, overflowing } = paginate(blocks, 100);
          expect(pages.flat()).toEqual(blocks.map((_, index) => index));
          for (const page of pages) {
            expect(page.length).toBeGreaterThan(0);
            const height = page.reduce((sum, index) => sum + blocks[index]!.height, 0);
            if (page.length > 1) expect(height).toBeLessThanOrEqual(100);
          }
          expect(overflowing).toEqual(blocks.flatMap((b, index) => (b.height > 100 ? [index] : [])));
          // A page ends on a heading only when its run of headings, with the block they
          // introduce, is too tall for any page.
          const chain = (start: number) => {
            let height = 0;
            for (let i = start; i < blocks.length; i++) {
              height += blocks[i]!.height;
              if (!blocks[i]!.keepWithNext) break;
            }
            return height;
          };
          for (const page of pages.slice(0, -1)) {
            let head = page.length - 1;
            if (!blocks[page[head]!]!.keepWithNext) continue;
            while (head > 0 && blocks[page[head - 1]!]!.keepWithNext) head--;
            expect(chain(page[head]!)).toBeGreaterThan(100);
          }
        },
      ),
    );
  });
});
