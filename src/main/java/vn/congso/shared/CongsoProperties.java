package vn.congso.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Installation-wide settings.
 *
 * @param dataDir where the embedded database, the file store and generated keys live
 *                ({@code CONGSO_DATA_DIR}, default {@code ./data})
 * @param publicUrl the address citizens reach the portal at; printed on receipts and in QR codes
 */
@ConfigurationProperties("congso")
public record CongsoProperties(@DefaultValue("./data") Path dataDir,
                               @DefaultValue("http://localhost:8080") String publicUrl) {

    public Path resolve(String child) {
        return dataDir.toAbsolutePath().normalize().resolve(child);
    }
}
