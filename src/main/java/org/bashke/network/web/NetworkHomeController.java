package org.bashke.network.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** CiviKos at a glance: where each part of the network's own work is, for the public, members and the secretariat. */
@Controller
class NetworkHomeController {

    @GetMapping("/network")
    String home() {
        return "network/index";
    }
}
