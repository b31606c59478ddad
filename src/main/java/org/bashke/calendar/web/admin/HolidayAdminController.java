package org.bashke.calendar.web.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import org.bashke.calendar.PublicHoliday;
import org.bashke.calendar.WorkingDays;
import org.bashke.calendar.holiday.EditHolidays;
import org.bashke.calendar.holiday.HolidayValues;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat keeps the public holidays: list by year, add, edit, delete. */
@Controller
@RequestMapping("/admin/holidays")
class HolidayAdminController {

    private static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final WorkingDays workingDays;
    private final EditHolidays edit;

    HolidayAdminController(WorkingDays workingDays, EditHolidays edit) {
        this.workingDays = workingDays;
        this.edit = edit;
    }

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("date", "observedOn", "nameSq", "nameSr", "nameEn");
    }

    @GetMapping
    String list(@RequestParam(name = "year", required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(KOSOVO).getYear() : Math.max(1990, Math.min(2200, year));
        model.addAttribute("year", shown);
        model.addAttribute("holidays", workingDays.holidays(shown));
        return "calendar/holidays";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(name = "year", required = false) Integer year, Model model) {
        model.addAttribute("form", new HolidayForm());
        model.addAttribute("editing", null);
        return "calendar/holiday-form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") HolidayForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        HolidayValues values = form.validate(errors);
        if (values == null) {
            model.addAttribute("editing", null);
            return "calendar/holiday-form";
        }
        edit.add(values);
        redirect.addFlashAttribute("flash", "calendar.holidays.flash.added");
        return "redirect:/admin/holidays?year=" + values.date().getYear();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable("id") long id, Model model) {
        PublicHoliday holiday = edit.find(id);
        model.addAttribute("form", HolidayForm.of(holiday));
        model.addAttribute("editing", holiday);
        return "calendar/holiday-form";
    }

    @PostMapping("/{id}/edit")
    String save(@PathVariable("id") long id, @ModelAttribute("form") HolidayForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        PublicHoliday holiday = edit.find(id);
        HolidayValues values = form.validate(errors);
        if (values == null) {
            model.addAttribute("editing", holiday);
            return "calendar/holiday-form";
        }
        edit.change(id, values);
        redirect.addFlashAttribute("flash", "calendar.holidays.flash.changed");
        return "redirect:/admin/holidays?year=" + values.date().getYear();
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable("id") long id, Model model) {
        model.addAttribute("holiday", edit.find(id));
        return "calendar/holiday-delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable("id") long id, RedirectAttributes redirect) {
        PublicHoliday holiday = edit.find(id);
        edit.remove(id);
        redirect.addFlashAttribute("flash", "calendar.holidays.flash.deleted");
        return "redirect:/admin/holidays?year=" + holiday.date().getYear();
    }
}
