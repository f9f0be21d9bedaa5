package vn.congso.portal.engagement.rating;

import java.util.EnumMap;
import java.util.Map;

/** The rating form: the item, a score 1–5 per criterion and an optional comment. */
public class RatingForm {

    private String item;
    private Integer interfaceScore;
    private Integer contentScore;
    private Integer qualityScore;
    private Integer supportScore;
    private String comment;

    public Map<Criterion, Integer> scores() {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        scores.put(Criterion.INTERFACE, interfaceScore);
        scores.put(Criterion.CONTENT, contentScore);
        scores.put(Criterion.QUALITY, qualityScore);
        scores.put(Criterion.SUPPORT, supportScore);
        return scores;
    }

    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
    public Integer getInterfaceScore() { return interfaceScore; }
    public void setInterfaceScore(Integer interfaceScore) { this.interfaceScore = interfaceScore; }
    public Integer getContentScore() { return contentScore; }
    public void setContentScore(Integer contentScore) { this.contentScore = contentScore; }
    public Integer getQualityScore() { return qualityScore; }
    public void setQualityScore(Integer qualityScore) { this.qualityScore = qualityScore; }
    public Integer getSupportScore() { return supportScore; }
    public void setSupportScore(Integer supportScore) { this.supportScore = supportScore; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
