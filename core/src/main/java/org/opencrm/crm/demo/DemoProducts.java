package org.opencrm.crm.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencrm.crm.platform.security.UserAccount;
import org.opencrm.crm.product.ProductCategories;
import org.opencrm.crm.product.ProductDraft;
import org.opencrm.crm.product.ProductService;
import org.opencrm.crm.product.VatRate;
import org.opencrm.crm.product.VatRateLine;

/**
 * A catalogue of an office-supplies and services firm: about thirty products in five categories.
 * Goods taxed at the standard rate carry 20 % until the end of 2025 and 22 % from 1 January 2026;
 * food and children's goods the reduced 10 %; services of a simplified-tax partner 5 % or 7 %.
 */
@ApplicationScoped
public class DemoProducts {

  static final LocalDate RATE_CHANGE = LocalDate.of(2026, 1, 1);

  /** name, SKU, unit, price, VAT code ("20-22": 20 % then 22 %), category. */
  private static final String[][] PRODUCTS = {
    {"Бумага офисная А4, 500 листов", "BUM-A4-500", "шт", "389.00", "20-22", "Канцтовары"},
    {"Ручка шариковая синяя", "RUCH-SIN-01", "шт", "24.50", "20-22", "Канцтовары"},
    {"Папка-регистратор 75 мм", "PAP-REG-75", "шт", "215.00", "20-22", "Канцтовары"},
    {"Степлер №24/6, до 25 листов", "STEP-24-6", "шт", "340.00", "20-22", "Канцтовары"},
    {"Скобы для степлера №24/6, 1000 шт", "SKOB-24-6", "уп", "45.00", "20-22", "Канцтовары"},
    {"Блок для записей 9×9 см", "BLOK-9X9", "шт", "120.00", "20-22", "Канцтовары"},
    {"Маркер текстовый, набор 4 цвета", "MARK-TXT-4", "набор", "260.00", "20-22", "Канцтовары"},
    {"Тетрадь общая 96 листов", "TETR-96", "шт", "95.00", "10", "Канцтовары"},
    {"Альбом для рисования 40 листов", "ALB-RIS-40", "шт", "160.00", "10", "Канцтовары"},
    {"Ноутбук 15,6\" Intel Core i5, 16 ГБ", "NB-156-I5", "шт", "68900.00", "20-22", "Техника"},
    {"Монитор 27\" IPS", "MON-27-IPS", "шт", "21400.00", "20-22", "Техника"},
    {"МФУ лазерное монохромное", "MFU-LAS-MONO", "шт", "27350.00", "20-22", "Техника"},
    {"Картридж для МФУ, 3000 страниц", "KART-3000", "шт", "4890.00", "20-22", "Техника"},
    {"Клавиатура беспроводная", "KLAV-BT", "шт", "1750.00", "20-22", "Техника"},
    {"Мышь оптическая USB", "MYSH-USB", "шт", "590.00", "20-22", "Техника"},
    {"Кабель витая пара Cat.5e", "KAB-UTP-5E", "м", "28.00", "20-22", "Техника"},
    {"Кофе в зёрнах, 1 кг", "KOF-ZER-1", "кг", "1890.00", "20-22", "Продукты для офиса"},
    {"Чай чёрный листовой, 250 г", "CHAY-250", "шт", "310.00", "20-22", "Продукты для офиса"},
    {"Сахар-песок", "SAH-PES", "кг", "89.00", "10", "Продукты для офиса"},
    {"Вода питьевая, бутыль 19 л", "VODA-19", "шт", "420.00", "20-22", "Продукты для офиса"},
    {"Молоко 3,2 %, 1 л", "MOL-32-1", "л", "92.00", "10", "Продукты для офиса"},
    {"Средство для мытья посуды, 5 л", "SR-POS-5", "шт", "640.00", "20-22", "Хозяйственные товары"},
    {"Бумажные полотенца, 2 рулона", "POL-BUM-2", "уп", "175.00", "20-22", "Хозяйственные товары"},
    {"Мешки для мусора 120 л, 10 шт", "MESH-120", "уп", "230.00", "20-22", "Хозяйственные товары"},
    {"Установка и настройка рабочего места", "USL-RM", "усл.", "3500.00", "20-22", "Услуги"},
    {"Выезд инженера", "USL-VYEZD", "усл.", "2500.00", "20-22", "Услуги"},
    {"Абонентское обслуживание ИТ, месяц", "USL-IT-MES", "мес", "25000.00", "5", "Услуги"},
    {"Доставка по городу", "USL-DOST", "усл.", "600.00", "7", "Услуги"},
    {"Консультация бухгалтера", "USL-BUH", "ч", "1800.00", "none", "Услуги"},
    {"Обучение работе в CRM", "USL-OBUCH", "ч", "2200.00", "0", "Услуги"}
  };

  @Inject ProductService products;
  @Inject ProductCategories categories;

  /** Adds the catalogue; products are shared between the given users in turn. */
  @Transactional
  public void create(List<UserAccount> owners) {
    Map<String, Long> categoryIds = new LinkedHashMap<>();
    for (String[] p : PRODUCTS) {
      categoryIds.computeIfAbsent(p[5], name -> categories.add(name).getId());
    }
    for (int i = 0; i < PRODUCTS.length; i++) {
      String[] p = PRODUCTS[i];
      ProductDraft d = ProductDraft.inCurrency("RUB");
      d.setName(p[0]);
      d.setSku(p[1]);
      d.setUnit(p[2]);
      d.setPrice(p[3]);
      d.setCategoryId(categoryIds.get(p[5]));
      d.setVatRates(rates(p[4]));
      d.setDescription(i % 3 == 0 ? "Есть в наличии на складе в Москве." : "");
      d.setArchived(p[1].equals("MYSH-USB"));
      d.setOwnerId(owners.get(i % owners.size()).getId());
      products.create(d);
    }
  }

  static List<VatRateLine> rates(String code) {
    List<VatRateLine> lines = new ArrayList<>();
    if (code.equals("20-22")) {
      lines.add(new VatRateLine(VatRate.TWENTY, null));
      lines.add(new VatRateLine(VatRate.TWENTY_TWO, RATE_CHANGE));
    } else {
      lines.add(new VatRateLine(VatRate.ofCode(code).orElseThrow(), null));
    }
    return lines;
  }
}
