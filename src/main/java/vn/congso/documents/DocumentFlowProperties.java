package vn.congso.documents;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.congso.identity.Role;

/**
 * Settings of the document flow ({@code congso.documents.flow.*}).
 *
 * @param issuer         the abbreviation of the issuing agency in ký hiệu (NĐ30 Phụ lục III), e.g. {@code UBND}
 * @param approvalLevels per document type, the roles that approve a draft one after another before it is
 *                       signed; types not listed use {@code defaultLevels}
 * @param defaultLevels  head of department, then the leader
 */
@ConfigurationProperties("congso.documents.flow")
public record DocumentFlowProperties(@DefaultValue("UBND") String issuer,
                                     @DefaultValue Map<DocumentType, List<Role>> approvalLevels,
                                     @DefaultValue({"HEAD", "LEADER"}) List<Role> defaultLevels) {

    public DocumentFlowProperties {
        approvalLevels = Map.copyOf(approvalLevels);
        defaultLevels = List.copyOf(defaultLevels);
    }

    public List<Role> levels(DocumentType type) {
        return approvalLevels.getOrDefault(type, defaultLevels);
    }
}
