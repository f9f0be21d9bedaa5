package vn.congso.publicservice.dossier;

import java.time.Instant;

/** Moves the dossier clock from tests in other packages; production code cannot, its setters being package-private. */
public final class ClockControl {

    private ClockControl() {
    }

    public static void set(DossierClock clock, Instant at) {
        clock.set(at);
    }

    public static void reset(DossierClock clock) {
        clock.reset();
    }
}
