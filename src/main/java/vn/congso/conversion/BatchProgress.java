package vn.congso.conversion;

import java.util.List;

/** How far a batch has come: done and failed items count towards the total. */
public record BatchProgress(long id, int total, int done, int failed, List<Item> items) {

    public int finished() {
        return done + failed;
    }

    public boolean complete() {
        return finished() == total;
    }

    /** One file of the batch; {@code errorCode} names a {@link ConversionError} for a failed item. */
    public record Item(int position, String sourceName, String state, String documentCode, String errorCode) {
    }
}
