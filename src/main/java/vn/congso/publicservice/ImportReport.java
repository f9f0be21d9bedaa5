package vn.congso.publicservice;

import java.util.List;

/**
 * What a catalogue import did: every procedure imported, or, when any row was wrong, nothing and the
 * list of what is wrong in each row.
 */
public record ImportReport(List<String> importedCodes, List<Problem> problems) {

    /**
     * One thing wrong in one row (or item of a JSON file), explained by {@code messageKey} in the
     * module bundle; the first argument is the row number.
     */
    public record Problem(int row, String messageKey, List<Object> arguments) {

        public Object[] messageArguments() {
            Object[] all = new Object[arguments.size() + 1];
            all[0] = row;
            for (int i = 0; i < arguments.size(); i++) {
                all[i + 1] = arguments.get(i);
            }
            return all;
        }
    }

    public ImportReport {
        importedCodes = List.copyOf(importedCodes);
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
