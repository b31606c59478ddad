package org.bashke.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door. The portal issue turns it into "the dialogue at a glance". */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "platform/home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }
}
