package vn.congso.publicservice.dossier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.congso.publicservice.EForm;

/** Reads e-forms from {@code publicservice/forms/<procedure code>.json} on the class path, once each. */
@Component
public class EForms {

    private static final Pattern CODE = Pattern.compile("[0-9.]{1,20}");

    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Map<String, Optional<EForm>> cache = new ConcurrentHashMap<>();

    public Optional<EForm> find(String procedureCode) {
        if (!CODE.matcher(procedureCode).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(procedureCode, this::read);
    }

    private Optional<EForm> read(String procedureCode) {
        try (InputStream in = EForms.class.getResourceAsStream("/publicservice/forms/" + procedureCode + ".json")) {
            return in == null ? Optional.empty() : Optional.of(json.readValue(in, EForm.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
