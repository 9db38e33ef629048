package org.quire.revision;

/**
 * How a save made on an older revision is merged with what others saved since. Prose merges word by
 * word ({@link #WORDS}); a structured document (a descriptor set stored as JSON) brings its own
 * merge, because a textual merge of JSON can produce something that is no longer the document.
 */
@FunctionalInterface
public interface TextMerger {

    TextMerger WORDS = TextMerge::merge;

    TextMerge.Outcome merge(String base, String theirs, String mine);
}
