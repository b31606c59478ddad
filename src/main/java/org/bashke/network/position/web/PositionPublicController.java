package org.bashke.network.position.web;

import org.bashke.network.position.PublishedPositions;
import org.bashke.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** CiviKos's adopted positions, for everyone. */
@Controller
class PositionPublicController {

    private final PublishedPositions published;

    PositionPublicController(PublishedPositions published) {
        this.published = published;
    }

    @GetMapping("/network/positions")
    String list(Model model) {
        model.addAttribute("positions", published.all());
        return "network/position/list";
    }

    @GetMapping("/network/positions/{id}")
    String show(@PathVariable("id") long id, Model model) {
        model.addAttribute("p", published.one(id).orElseThrow(() -> new NotFoundException("position", id)));
        return "network/position/show";
    }
}
