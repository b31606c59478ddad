package org.bashke.portal.web;

import org.bashke.portal.content.Article;
import org.bashke.portal.content.ArticleKind;
import org.bashke.portal.content.ArticleStatus;
import org.bashke.portal.content.Articles;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Standing pages: about, how to take part, contact. */
@Controller
class PageController {

    private final Articles articles;

    PageController(Articles articles) {
        this.articles = articles;
    }

    @GetMapping("/pages/{slug}")
    String show(@PathVariable String slug, Model model) {
        Article a = articles.findByKindAndSlug(ArticleKind.PAGE, slug).filter(x -> x.getStatus() == ArticleStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("page", slug));
        model.addAttribute("article", a);
        model.addAttribute("bodyHtml", new NewsController.BodyHtml(a.getBody()));
        return "portal/page";
    }
}
