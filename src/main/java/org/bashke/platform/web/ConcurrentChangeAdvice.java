package org.bashke.platform.web;

import jakarta.persistence.OptimisticLockException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Two people saved the same record at once (two officers answering one comment): the second save is
 * refused by its version check and rolled back, and that person is told to look again, not shown a 500.
 */
@ControllerAdvice
class ConcurrentChangeAdvice {

    @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockException.class})
    @ResponseStatus(HttpStatus.CONFLICT)
    String changedMeanwhile() {
        return "error/409";
    }
}
