package org.bashke.consultation.draft;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One article or section of a draft version: what a comment may point at. An empty heading is the preamble. */
@Entity(name = "ConsultationArticle")
@Table(name = "consultation_article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    private String heading;
    private String body;

    protected Article() {
    }

    Article(int position, String heading, String body) {
        this.position = position;
        this.heading = heading;
        this.body = body;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getHeading() { return heading; }
    public String getBody() { return body; }
    public boolean isPreamble() { return heading == null || heading.isEmpty(); }
}
