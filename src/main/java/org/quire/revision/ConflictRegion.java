package org.quire.revision;

/**
 * Where their text and mine changed the same words: character ranges (start inclusive, end
 * exclusive) of each. A range may be empty when one side only inserted or deleted there.
 */
public record ConflictRegion(int theirsStart, int theirsEnd, int mineStart, int mineEnd) {

    public ConflictRegion {
        if (theirsStart < 0 || theirsEnd < theirsStart || mineStart < 0 || mineEnd < mineStart) {
            throw new IllegalArgumentException("Not a range: " + theirsStart + ".." + theirsEnd + ", " + mineStart
                    + ".." + mineEnd);
        }
    }

    public String theirsIn(String theirs) {
        return theirs.substring(theirsStart, theirsEnd);
    }

    public String mineIn(String mine) {
        return mine.substring(mineStart, mineEnd);
    }
}
