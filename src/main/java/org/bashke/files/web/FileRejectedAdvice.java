package org.bashke.files.web;

import org.bashke.files.FileRejected;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A safety net: a form should bind {@link FileRejected} to its file field, but if a use case lets it through,
 * the reader still gets the reason in their language (and nothing was stored), never a 500.
 */
@ControllerAdvice
class FileRejectedAdvice {

    @ExceptionHandler(FileRejected.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String rejected(FileRejected rejection, Model model) {
        model.addAttribute("reasonKey", rejection.messageKey());
        return "files/rejected";
    }
}
