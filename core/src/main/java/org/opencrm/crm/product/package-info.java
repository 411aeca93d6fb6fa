/**
 * The products catalogue (Продукты): products with SKU, unit, price and currency, their VAT rates
 * by the date each applies from, images kept in the file store, and the tenant's product
 * categories.
 */
package org.opencrm.crm.product;
