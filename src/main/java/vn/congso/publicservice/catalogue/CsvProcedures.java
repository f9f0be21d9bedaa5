package vn.congso.publicservice.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV form of the import (RFC 4180, UTF-8, comma, header row): one procedure per row; a cell
 * holding a list puts one item per line (a line break inside a quoted cell, as spreadsheets write
 * Alt+Enter); a component is {@code name|originals|copies|flags} with flags among {@code conditional},
 * {@code present-only}; a step is {@code actor|description|hours}.
 */
public final class CsvProcedures {

    public static final List<String> COLUMNS = List.of("code", "name", "field", "agency", "userTypes", "topic",
            "legalBasis", "fee", "feeCharged", "timeAmount", "timeUnit", "timeNote", "result", "requiresPresence",
            "requiresSiteVerification", "resultPaperOnly", "feePayableOnline", "eformAvailable", "components", "steps",
            "source");

    private CsvProcedures() {
    }

    /** Rows as JSON items keyed by their line number in the file. */
    public static Map<Integer, JsonNode> read(String csv, ObjectMapper json) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        parse(csv.startsWith("\uFEFF") ? csv.substring(1) : csv, records, lines);
        Map<Integer, JsonNode> rows = new LinkedHashMap<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), c < cells.size() ? cells.get(c) : "");
            }
            rows.put(lines.get(r), item(row, json));
        }
        return rows;
    }

    private static JsonNode item(Map<String, String> row, ObjectMapper json) {
        ObjectNode item = json.createObjectNode();
        for (String key : List.of("code", "name", "field", "agency", "topic", "fee", "feeCharged", "timeNote", "result", "source")) {
            item.put(key, row.getOrDefault(key, ""));
        }
        item.set("userTypes", list(row.get("userTypes"), json));
        item.set("legalBasis", list(row.get("legalBasis"), json));
        if (!row.getOrDefault("timeUnit", "").isBlank() || !row.getOrDefault("timeAmount", "").isBlank()) {
            item.putObject("time").put("amount", row.getOrDefault("timeAmount", "")).put("unit", row.getOrDefault("timeUnit", ""));
        }
        ObjectNode flags = item.putObject("flags");
        for (String flag : List.of("requiresPresence", "requiresSiteVerification", "resultPaperOnly", "feePayableOnline", "eformAvailable")) {
            flags.put(flag, row.getOrDefault(flag, ""));
        }
        ArrayNode components = item.putArray("components");
        for (String line : lines(row.get("components"))) {
            String[] parts = line.split("\\|", -1);
            ObjectNode component = components.addObject().put("name", parts[0]);
            component.put("originals", parts.length > 1 ? parts[1] : "0").put("copies", parts.length > 2 ? parts[2] : "0");
            String flagText = parts.length > 3 ? parts[3] : "";
            component.put("conditional", flagText.contains("conditional")).put("presentOnly", flagText.contains("present-only"));
        }
        ArrayNode steps = item.putArray("steps");
        for (String line : lines(row.get("steps"))) {
            String[] parts = line.split("\\|", -1);
            steps.addObject().put("actor", parts[0]).put("description", parts.length > 1 ? parts[1] : "")
                    .put("allowanceHours", parts.length > 2 ? parts[2] : "");
        }
        return item;
    }

    private static ArrayNode list(String cell, ObjectMapper json) {
        ArrayNode array = json.createArrayNode();
        lines(cell).forEach(array::add);
        return array;
    }

    private static List<String> lines(String cell) {
        return cell == null ? List.of() : cell.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void parse(String text, List<List<String>> records, List<Integer> lines) {
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                cell.append(ch);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}
