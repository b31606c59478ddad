package org.bashke.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The accessibility statement. The front door ("/") is the portal's "dialogue at a glance". */
@Controller
class AccessibilityController {

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }
}
