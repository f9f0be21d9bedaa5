package vn.congso.portal.legal.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The seed texts: an unnumbered commune letter followed by Decree 137/2024/NĐ-CP, and Decree 42/2022/NĐ-CP. */
public final class LegalFixtures {

    private LegalFixtures() {
    }

    public static String letterAndDecree137() {
        return read("legal/cong-van-va-nghi-dinh-137-2024.txt");
    }

    public static String decree42() {
        return read("legal/nghi-dinh-42-2022.txt");
    }

    public static String read(String resource) {
        try (InputStream in = LegalFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
