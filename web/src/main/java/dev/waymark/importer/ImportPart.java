package dev.waymark.importer;

/** The parts of a guide an import fills, for counting what landed where. */
public enum ImportPart {
    REQUIREMENTS, DOCUMENTS, WAYS, STEPS, CHECKS, CAUTIONS, FAQ,
    /** Pieces of the article that could not be placed and wait in the unsorted part. */
    UNSORTED
}
